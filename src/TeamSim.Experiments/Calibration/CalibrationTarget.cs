namespace TeamSim.Experiments.Calibration;

/// <summary>
/// One observed pattern a calibration fits: the mean over replications of a run metric should be
/// <see cref="Value"/>; a miss counts in units of <see cref="Sd"/> in the distance.
/// </summary>
/// <param name="Metric">Run metric name of the model.</param>
/// <param name="MetricIndex">Position of the metric in the model's run metrics.</param>
/// <param name="Value">The observed value (the target).</param>
/// <param name="Sd">Scale of an acceptable miss, in the metric's unit; greater than 0.</param>
public sealed record CalibrationTarget(string Metric, int MetricIndex, double Value, double Sd);
