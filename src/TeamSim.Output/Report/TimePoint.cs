namespace TeamSim.Output.Report;

/// <summary>One tick of a per-tick metric of one policy (timeseries.csv): the mean over replications and its 95% CI.</summary>
/// <param name="Tick">Tick, from 1.</param>
/// <param name="Mean">Mean over the replications that reached this tick.</param>
/// <param name="CiLow">Lower end of the 95% CI of the mean (NaN when undefined).</param>
/// <param name="CiHigh">Upper end of the 95% CI of the mean (NaN when undefined).</param>
public readonly record struct TimePoint(int Tick, double Mean, double CiLow, double CiHigh);
