using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// Runs a sweep with the adaptive <c>boundary</c> design: the initial grid, then rounds decided by
/// <see cref="BoundaryRefiner"/> from the stored results of all earlier rounds, until the budget, the
/// rounds or the refinements run out. Each round is run by <see cref="SweepRunner"/> into whole
/// chunks, so a killed sweep resumes where it stopped and, because every decision is made from the
/// chunks as stored, reaches the same design and the same files.
/// </summary>
public static class BoundaryRunner
{
    /// <summary>Runs the rounds whose chunks the store does not hold yet.</summary>
    /// <param name="plan">The sweep's plan as loaded (its initial grid).</param>
    /// <param name="store">Chunk storage that can be read back.</param>
    /// <param name="options">Threads (a boundary sweep is not sharded).</param>
    /// <param name="progress">Runs completed so far.</param>
    /// <param name="cancellationToken">Stops between chunks.</param>
    /// <returns>The final, grown plan and the run counts.</returns>
    /// <exception cref="ArgumentException">The plan's design is not <c>boundary</c>, or a shard is asked for.</exception>
    public static BoundaryOutcome Run(SweepPlan plan, IAdaptiveChunkStore store, SweepRunOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(store);
        if (plan.DesignSpec.Create() is not BoundaryDesign design)
        {
            throw new ArgumentException($"a {plan.DesignSpec.Kind} design is run by SweepRunner", nameof(plan));
        }

        if (!options.EffectiveShard.IsWhole)
        {
            throw new ArgumentException("a boundary design decides each round from the one before; it cannot be split into shards", nameof(options));
        }

        int metric = plan.Metrics.ToList().IndexOf(plan.DesignSpec.Metric);
        if (metric < 0)
        {
            throw new ArgumentException($"the design metric '{plan.DesignSpec.Metric}' is not recorded by the sweep", nameof(plan));
        }

        var refiner = new BoundaryRefiner(design, plan.Factors, plan.Policies.Count, plan.Replications, plan.RunLimit, plan.DesignSpec.Rounds);
        long executed = 0, failed = 0, chunksRead = 0;
        SweepPlan current = plan;
        for (int round = 0; ; round++)
        {
            current = plan.Grow(refiner.Matrix(), refiner.Blocks);
            SweepRunOutcome outcome = SweepRunner.Run(current, store.For(current), options, progress, cancellationToken);
            executed += outcome.RunsExecuted;
            failed += outcome.RunsFailed;

            // Decisions read the chunks as stored, in chunk order, never results held in memory.
            for (; chunksRead < current.ChunkCount; chunksRead++)
            {
                IReadOnlyList<double[]> rows = store.ReadMetrics(chunksRead);
                (long first, long end) = current.ChunkJobs(chunksRead);
                if (rows.Count != end - first)
                {
                    throw new InvalidOperationException($"chunk {chunksRead} holds {rows.Count} runs, expected {end - first}");
                }

                for (long job = first; job < end; job++)
                {
                    SweepJob j = current.Job(job);
                    refiner.Record(j.Point, j.Policy, j.Replication, rows[(int)(job - first)][metric]);
                }
            }

            if (round >= plan.DesignSpec.Rounds || refiner.Refine(plan.DesignSpec.Rounds - round) == 0)
            {
                break;
            }
        }

        return new BoundaryOutcome(current, new SweepRunOutcome(current.TotalRuns, current.TotalRuns - executed, executed, failed), refiner.Points);
    }
}
