namespace TeamSim.Experiments.Calibration;

/// <summary>What a posterior says, in numbers: weighted quantiles per factor and the posterior predictive per target.</summary>
/// <param name="Factors">One row per factor, in file order.</param>
/// <param name="Targets">One row per target, in file order.</param>
public sealed record CalibrationSummary(IReadOnlyList<CalibrationFactorSummary> Factors, IReadOnlyList<CalibrationTargetSummary> Targets)
{
    /// <summary>Summarises the posterior (the last generation's particles, by weight).</summary>
    public static CalibrationSummary Of(CalibrationDefinition definition, IReadOnlyList<CalibrationParticle> posterior)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(posterior);
        double[] weights = posterior.Select(p => p.Weight).ToArray();
        var factors = new List<CalibrationFactorSummary>();
        for (int f = 0; f < definition.Factors.Count; f++)
        {
            double[] values = posterior.Select(p => p.Values[f]).ToArray();
            factors.Add(new CalibrationFactorSummary(
                definition.Factors[f],
                WeightedQuantile.Of(values, weights, 0.05),
                WeightedQuantile.Of(values, weights, 0.5),
                WeightedQuantile.Of(values, weights, 0.95),
                WeightedQuantile.Mean(values, weights)));
        }

        var targets = new List<CalibrationTargetSummary>();
        for (int k = 0; k < definition.Targets.Count; k++)
        {
            double[] means = posterior.Select(p => p.Means[k]).ToArray();
            double[] w = weights.Select((x, i) => double.IsFinite(means[i]) ? x : 0).ToArray();
            targets.Add(new CalibrationTargetSummary(
                definition.Targets[k],
                WeightedQuantile.Mean(means.Select(m => double.IsFinite(m) ? m : 0).ToArray(), w),
                WeightedQuantile.Of(means, w, 0.025),
                WeightedQuantile.Of(means, w, 0.975)));
        }

        return new CalibrationSummary(factors, targets);
    }

    /// <summary>The weighted posterior median of every factor, in factor order (where the check runs).</summary>
    public IReadOnlyList<double> Medians => Factors.Select(f => f.Q50).ToArray();
}
