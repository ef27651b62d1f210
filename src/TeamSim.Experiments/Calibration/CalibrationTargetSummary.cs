namespace TeamSim.Experiments.Calibration;

/// <summary>
/// The posterior predictive of one target: the weighted mean and 95% interval (2.5% and 97.5%
/// weighted quantiles) of the posterior particles' simulated means.
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Mean">Weighted mean of the particles' means.</param>
/// <param name="Low95">Weighted 2.5% quantile.</param>
/// <param name="High95">Weighted 97.5% quantile.</param>
public sealed record CalibrationTargetSummary(CalibrationTarget Target, double Mean, double Low95, double High95);
