using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Calibration;

/// <summary>The posterior of one factor: weighted 5%, 50% and 95% quantiles and the mean, beside its prior range.</summary>
/// <param name="Factor">The factor (its min and max are the prior's range).</param>
/// <param name="Q05">Weighted 5% quantile.</param>
/// <param name="Q50">Weighted median.</param>
/// <param name="Q95">Weighted 95% quantile.</param>
/// <param name="Mean">Weighted mean.</param>
public sealed record CalibrationFactorSummary(Factor Factor, double Q05, double Q50, double Q95, double Mean)
{
    /// <summary>Width of the 90% interval as a share of the prior's width (on the factor's scale).</summary>
    public double IntervalShareOfPrior => Factor.Scale == FactorScale.Log
        ? Math.Log(Q95 / Q05) / Math.Log(Factor.Max / Factor.Min)
        : (Q95 - Q05) / (Factor.Max - Factor.Min);
}
