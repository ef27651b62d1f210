using System.Collections.Concurrent;
using System.Runtime;
using TeamSim.Analysis.Events;
using TeamSim.Analysis.Running;
using TeamSim.Core.Models;
using TeamSim.Core.Random;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Running;

/// <summary>
/// Runs every policy of a scenario for every replication. Replication r of every policy uses
/// <c>RunSeeds(seed, 0, r)</c>, so policies meet the same incidents and the same team (common
/// random numbers) and comparisons are paired. Runs go in parallel in chunks of whole
/// replications; each chunk's results are merged in (replication, policy) order, so the output is
/// identical for any thread count.
/// </summary>
public static class ReplicationRunner
{
    /// <summary>Runs the scenario.</summary>
    /// <param name="scenario">What to run.</param>
    /// <param name="options">Threads and events.</param>
    /// <param name="progress">Receives the number of runs completed so far (from worker threads).</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    /// <exception cref="RunFailedException">A run threw.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ExperimentResult Run(ResolvedScenario scenario, RunnerOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        Scenario s = scenario.Scenario;
        IModelFactory model = scenario.Model;
        int policies = scenario.Policies.Count;
        int reps = s.Replications;
        int ticks = s.Ticks;
        int tickColumns = model.TickMetrics.Count;
        int runColumns = model.RunMetrics.Count;
        int threads = options.EffectiveThreads;

        var tickStats = new TickStatistics(policies, ticks, tickColumns);
        var runs = new RunResult[policies * reps];
        int repsPerChunk = (int)(ResourceEstimate.ReplicationRunnerChunk(threads, policies) / policies);
        int completed = 0;

        // One workspace per worker for the whole run, not per chunk: a large team's arrays (N^2 (K + 1)
        // doubles) are then allocated once per worker, and the peak memory is what ResourceEstimate
        // predicts rather than whatever the garbage collector has not yet reclaimed of earlier chunks.
        var workspaces = new ConcurrentBag<ModelWorkspace>();
        bool large = ResourceEstimate.ModelBytes(scenario) >= ResourceEstimate.LargeModelBytes;
        if (large)
        {
            // Models built to validate the scenario (ScenarioLoader.CheckModelAccepts) are garbage
            // now; collect them and return their memory before the workers allocate theirs, so they
            // never coexist. (Left to itself the collector kept two or three teams' arrays resident.)
            ReleaseGarbage();
        }

        for (int firstRep = 0; firstRep < reps; firstRep += repsPerChunk)
        {
            int chunkReps = Math.Min(repsPerChunk, reps - firstRep);
            int items = chunkReps * policies;
            var series = new double[items][];
            var ran = new int[items];
            var chunkRuns = new RunResult[items];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
            try
            {
                Parallel.For(0, items, parallel, () => workspaces.TryTake(out ModelWorkspace? kept) ? kept : new ModelWorkspace(), (item, _, workspace) =>
                {
                    int rep = firstRep + (item / policies);
                    int policy = item % policies;
                    series[item] = new double[ticks * tickColumns];
                    chunkRuns[item] = RunOne(scenario, policy, rep, series[item], out ran[item], options.Events, workspace, runColumns, tickColumns);
                    progress?.Report(Interlocked.Increment(ref completed));
                    return workspace;
                }, workspaces.Add);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Report the first failing run in run order, whatever thread hit it first.
                throw e.InnerExceptions.OfType<RunFailedException>().OrderBy(x => x.Message, StringComparer.Ordinal).FirstOrDefault()
                    ?? (Exception)new RunFailedException(e.InnerExceptions[0].Message, e.InnerExceptions[0]);
            }

            // Merge in a fixed order: replication, then policy.
            for (int item = 0; item < items; item++)
            {
                RunResult run = chunkRuns[item];
                runs[(run.Policy * reps) + run.Replication] = run;
                double[] values = series[item];
                for (int t = 0; t < ran[item]; t++)
                {
                    for (int m = 0; m < tickColumns; m++)
                    {
                        tickStats.Push(run.Policy, t + 1, m, values[(t * tickColumns) + m]);
                    }
                }
            }
        }

        workspaces.Clear();
        if (large)
        {
            // The same for the workers' arrays, before the report re-runs representative replications.
            ReleaseGarbage();
        }

        return new ExperimentResult(scenario, runs, tickStats);
    }

    /// <summary>A full, compacting collection that also returns the freed memory to the system.</summary>
    private static void ReleaseGarbage()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static RunResult RunOne(ResolvedScenario scenario, int policy, int rep, double[] series, out int ran, bool events, ModelWorkspace workspace, int runColumns, int tickColumns)
    {
        Scenario s = scenario.Scenario;
        ResolvedPolicy p = scenario.Policies[policy];
        EventLog? buffer = events ? new EventLog() : null;
        try
        {
            IModel model = scenario.Model.Create(p.Parameters, CommonSeeds.Replication(s.Seed, rep), new ModelRunOptions(s.Ticks, buffer, workspace));
            ran = RunLoop.Run(model, s.Ticks, series, tickColumns);

            var metrics = new double[runColumns];
            model.WriteRunMetrics(metrics);
            return new RunResult(policy, rep, ran, metrics, buffer is null ? [] : buffer.Events);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's type stays out of the message (users see it); it is the inner exception, for --verbose.
            throw new RunFailedException($"policy '{p.Name}', replication {rep}: {e.Message}", e);
        }
    }
}
