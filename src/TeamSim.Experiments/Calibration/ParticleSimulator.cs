using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Calibration;

/// <summary>
/// Runs a batch of parameter points, each for a calibration's replications, in parallel (each run by
/// the sweep runner's <see cref="SweepRunner.RunToHorizon"/>), and returns the target metrics of every run. Run (point i, replication r) uses
/// <c>RunSeeds(master, i, r)</c> and lands in a fixed slot, so the result does not depend on threads.
/// </summary>
internal static class ParticleSimulator
{
    /// <summary>
    /// Simulates every point of <paramref name="points"/>; returns per point the target values of each
    /// run, replication-major (<c>[r * targets + k]</c>).
    /// </summary>
    /// <exception cref="RunFailedException">A run threw (the message names the point and replication).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static double[][] Run(CalibrationDefinition definition, IReadOnlyList<double[]> points, int replications, ulong master, int threads, Action<long>? runsDone, CancellationToken cancellationToken)
    {
        int targets = definition.Targets.Count;
        var results = new double[points.Count][];
        var parameters = new ParameterSet[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            results[i] = new double[replications * targets];
            parameters[i] = definition.Parameters(points[i]);
        }

        long jobs = (long)points.Count * replications;
        var failures = new RunFailedException?[jobs];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount, CancellationToken = cancellationToken };

        // Each worker keeps one ModelWorkspace, so a run reuses the previous run's arrays. A failed run
        // does not stop the others, so the failure reported (the first in run order) is the same for any thread count.
        Parallel.For(0L, jobs, parallel, () => new ModelWorkspace(), (job, _, workspace) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            int point = (int)(job / replications);
            int rep = (int)(job % replications);
            failures[job] = RunOne(definition, parameters[point], new RunSeeds(master, point, rep), workspace, results[point].AsSpan(rep * targets, targets), point, rep, points[point]);
            runsDone?.Invoke(1);
            return workspace;
        }, _ => { });

        foreach (RunFailedException? failure in failures)
        {
            if (failure is not null)
            {
                throw failure;
            }
        }

        return results;
    }

    /// <summary>The mean of each target over the finite values of one point's runs; NaN when none is finite.</summary>
    public static double[] Means(ReadOnlySpan<double> runs, int targets)
    {
        var means = new double[targets];
        for (int k = 0; k < targets; k++)
        {
            double sum = 0;
            int n = 0;
            for (int i = k; i < runs.Length; i += targets)
            {
                if (double.IsFinite(runs[i]))
                {
                    sum += runs[i];
                    n++;
                }
            }

            means[k] = n > 0 ? sum / n : double.NaN;
        }

        return means;
    }

    /// <summary>Runs one replication of one point into <paramref name="into"/>; the failure, or null.</summary>
    private static RunFailedException? RunOne(CalibrationDefinition definition, ParameterSet parameters, RunSeeds seeds, ModelWorkspace workspace, Span<double> into, int point, int rep, double[] unit)
    {
        try
        {
            int ran = 0;
            SweepRunner.RunToHorizon(definition.Model, parameters, seeds, definition.Ticks, workspace, definition.TargetMetricIndices, into, ref ran);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            double[] values = definition.Values(unit);
            string at = string.Join(", ", definition.Factors.Select((f, i) => $"{f.Name}={values[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"));
            return new RunFailedException($"particle {point} ({at}), replication {rep}: {e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "), e);
        }
    }
}
