namespace TeamSim.Output.Report;

/// <summary>One row of summary.csv: a run metric of one policy over its replications.</summary>
/// <param name="Policy">Policy name.</param>
/// <param name="Metric">Run metric name.</param>
/// <param name="N">Replications with a defined value.</param>
/// <param name="Mean">Mean over replications.</param>
/// <param name="CiLow">Lower end of the 95% CI of the mean.</param>
/// <param name="CiHigh">Upper end of the 95% CI of the mean.</param>
/// <param name="LowerIsBetter">True when smaller values are better.</param>
public sealed record SummaryRow(string Policy, string Metric, long N, double Mean, double CiLow, double CiHigh, bool LowerIsBetter);
