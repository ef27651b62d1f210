using System.Collections.Concurrent;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// Executes the missing chunks of a sweep (or of one shard) in parallel and hands each completed
/// chunk to an <see cref="ISweepChunkStore"/>. Each worker runs whole chunks, so only the chunks in
/// flight are held in memory, and results depend only on the plan, never on threads or timing.
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs every chunk of the shard that the store does not hold yet.</summary>
    /// <param name="plan">The sweep.</param>
    /// <param name="store">Receives completed chunks and lists those already done.</param>
    /// <param name="options">Threads and shard.</param>
    /// <param name="progress">Receives the runs completed so far in this shard (from worker threads).</param>
    /// <param name="cancellationToken">Stops between chunks.</param>
    public static SweepRunOutcome Run(SweepPlan plan, ISweepChunkStore store, SweepRunOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        (long first, long end) = options.EffectiveShard.ChunkRange(plan.ChunkCount);
        IReadOnlySet<long> done = store.CompletedChunks();
        var todo = new List<long>();
        long inShard = 0, alreadyDone = 0;
        for (long chunk = first; chunk < end; chunk++)
        {
            (long a, long b) = plan.ChunkJobs(chunk);
            inShard += b - a;
            if (done.Contains(chunk))
            {
                alreadyDone += b - a;
            }
            else
            {
                todo.Add(chunk);
            }
        }

        long completed = alreadyDone, executed = 0, failed = 0;
        progress?.Report(completed);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads, CancellationToken = cancellationToken };

        // No buffering: workers take chunks one at a time in order, so an interrupted sweep leaves
        // its completed chunks at the front and few gaps.
        // Each worker keeps one ModelWorkspace, so setting up a run reuses the previous run's arrays.
        Parallel.ForEach(Partitioner.Create(todo, EnumerablePartitionerOptions.NoBuffering), parallel, () => new ModelWorkspace(), (chunk, _, workspace) =>
        {
            (long a, long b) = plan.ChunkJobs(chunk);
            var records = new SweepRunRecord[b - a];
            long chunkFailed = 0;
            ParameterSet? parameters = null;
            SweepJob previous = default;
            for (long job = a; job < b; job++)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Replications are innermost: consecutive runs share their parameter set (and so the
                // model's settings kept in the workspace).
                SweepJob next = plan.Job(job);
                if (parameters is null || next.Point != previous.Point || next.Policy != previous.Policy)
                {
                    parameters = plan.Parameters(next);
                }

                previous = next;
                records[job - a] = RunOne(plan, next, workspace, parameters);
                chunkFailed += records[job - a].Failed ? 1 : 0;
            }

            store.WriteChunk(chunk, records);
            Interlocked.Add(ref executed, b - a);
            Interlocked.Add(ref failed, chunkFailed);
            progress?.Report(Interlocked.Add(ref completed, b - a));
            return workspace;
        }, _ => { });

        return new SweepRunOutcome(inShard, alreadyDone, executed, failed);
    }

    /// <summary>
    /// Runs one model to <paramref name="ticks"/> (or until it stops by its own rule) and copies the run
    /// metrics at <paramref name="metricIndices"/> into <paramref name="metrics"/>: the run of one
    /// parameter set that sweeps and calibrations share.
    /// </summary>
    /// <param name="factory">The model.</param>
    /// <param name="parameters">The run's parameter set.</param>
    /// <param name="seeds">The run's seeds.</param>
    /// <param name="ticks">Horizon in ticks.</param>
    /// <param name="workspace">The calling worker's reusable memory, or null to allocate afresh.</param>
    /// <param name="metricIndices">Which run metrics to copy, by position in the model's run metrics.</param>
    /// <param name="metrics">Receives the chosen run metrics, as many as <paramref name="metricIndices"/>.</param>
    /// <param name="ran">The ticks run so far, kept up to date while stepping (so a run that throws says where).</param>
    public static void RunToHorizon(IModelFactory factory, ParameterSet parameters, RunSeeds seeds, int ticks, ModelWorkspace? workspace, IReadOnlyList<int> metricIndices, Span<double> metrics, ref int ran)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(metricIndices);
        IModel model = factory.Create(parameters, seeds, new ModelRunOptions(ticks, Workspace: workspace));
        while (!model.IsFinished && model.Tick < ticks)
        {
            model.Step();
            ran = model.Tick;
        }

        // On the stack: a one-tick run allocates little else, and every heap byte is collector time.
        int count = factory.RunMetrics.Count;
        Span<double> all = count <= 128 ? stackalloc double[count] : new double[count];
        model.WriteRunMetrics(all);
        for (int m = 0; m < metrics.Length; m++)
        {
            metrics[m] = all[metricIndices[m]];
        }
    }

    /// <summary>Runs one job; an exception becomes a failed record rather than stopping the sweep.</summary>
    /// <param name="plan">The sweep.</param>
    /// <param name="job">The run to make.</param>
    /// <param name="workspace">The calling worker's reusable memory, or null to allocate afresh.</param>
    /// <param name="parameters">The job's parameter set when the caller has it already (<see cref="SweepPlan.Parameters"/>).</param>
    public static SweepRunRecord RunOne(SweepPlan plan, SweepJob job, ModelWorkspace? workspace = null, ParameterSet? parameters = null)
    {
        var metrics = new double[plan.Metrics.Count];
        int ran = 0;
        try
        {
            RunToHorizon(plan.Model, parameters ?? plan.Parameters(job), plan.Seeds(job), plan.Ticks, workspace, plan.MetricIndices, metrics, ref ran);
            return new SweepRunRecord(job, ran, metrics, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Array.Fill(metrics, double.NaN);
            string message = $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
            return new SweepRunRecord(job, ran, metrics, message);
        }
    }
}
