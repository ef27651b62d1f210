using TeamSim.Core.Random;
using TeamSim.Experiments.Analysis;

namespace TeamSim.Experiments.Calibration;

/// <summary>
/// The check of a calibration: the posterior median re-run with
/// <see cref="CalibrationDefinition.CheckReplicationFactor"/> times the replications, each target's
/// mean and 95% CI set against its value.
/// </summary>
/// <param name="Values">The parameter values run (the weighted posterior median of each factor).</param>
/// <param name="Replications">Replications run.</param>
/// <param name="Targets">One row per target, in file order.</param>
public sealed record CalibrationCheck(IReadOnlyList<double> Values, int Replications, IReadOnlyList<CalibrationCheckTarget> Targets)
{
    /// <summary>Runs the check at <paramref name="values"/>; replication r uses <c>RunSeeds(SplitMix64(seed, check, 0, 0), 0, r)</c>.</summary>
    /// <exception cref="Running.RunFailedException">A model run threw.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static CalibrationCheck Run(CalibrationDefinition definition, IReadOnlyList<double> values, int threads, Action<long>? runsDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(values);
        double[] unit = Unit(definition, values);
        ulong master = SplitMix64.Hash(definition.Seed, AbcSmc.CheckStream, 0, 0);
        double[] runs = ParticleSimulator.Run(definition, [unit], definition.CheckReplications, master, threads, runsDone, cancellationToken)[0];
        int targets = definition.Targets.Count;
        var rows = new CalibrationCheckTarget[targets];
        for (int k = 0; k < targets; k++)
        {
            CalibrationTarget target = definition.Targets[k];
            var sample = new double[definition.CheckReplications];
            for (int r = 0; r < sample.Length; r++)
            {
                sample[r] = runs[(r * targets) + k];
            }

            SampleSummary s = SampleSummary.Of(sample, definition.Model.RunMetrics[target.MetricIndex].Bounds);
            rows[k] = new CalibrationCheckTarget(target.Metric, target.Value, target.Sd, s.N, s.Mean, s.CiLow, s.CiHigh, (s.Mean - target.Value) / target.Sd);
        }

        return new CalibrationCheck(values.ToArray(), definition.CheckReplications, rows);
    }

    /// <summary>The unit coordinates of factor values (the inverse of <see cref="Designs.Factor.ValueAt"/> on a range).</summary>
    private static double[] Unit(CalibrationDefinition d, IReadOnlyList<double> values)
    {
        var unit = new double[values.Count];
        for (int f = 0; f < unit.Length; f++)
        {
            Designs.Factor factor = d.Factors[f];
            double u = factor.Scale == Designs.FactorScale.Log
                ? Math.Log(values[f] / factor.Min) / Math.Log((factor.IsInteger ? factor.Max + 1 : factor.Max) / factor.Min)
                : (values[f] - factor.Min) / ((factor.IsInteger ? factor.Max + 1 : factor.Max) - factor.Min);
            unit[f] = Math.Clamp(u, 0, 1);
        }

        return unit;
    }
}
