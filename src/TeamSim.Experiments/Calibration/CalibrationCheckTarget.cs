namespace TeamSim.Experiments.Calibration;

/// <summary>One target of the check at the posterior median.</summary>
/// <param name="Metric">Run metric.</param>
/// <param name="Value">The target value.</param>
/// <param name="Sd">The target's scale of an acceptable miss.</param>
/// <param name="N">Runs with a defined value.</param>
/// <param name="Mean">Mean over the check's runs (the predicted mean).</param>
/// <param name="CiLow">Lower end of its 95% CI (inside the metric's range); NaN for fewer than two runs.</param>
/// <param name="CiHigh">Upper end of its 95% CI; NaN for fewer than two runs.</param>
/// <param name="Z">(mean - value) / sd: the miss in units of the target's sd.</param>
public sealed record CalibrationCheckTarget(string Metric, double Value, double Sd, long N, double Mean, double CiLow, double CiHigh, double Z);
