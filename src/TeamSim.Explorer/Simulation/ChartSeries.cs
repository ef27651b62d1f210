namespace TeamSim.Explorer.Simulation;

/// <summary>The mean of one metric of one policy at each tick, with its 95% confidence band.</summary>
/// <param name="Mean">Mean over replications; index 0 is tick 1.</param>
/// <param name="Low">Lower end of the 95% CI of the mean (equals the mean with fewer than two runs).</param>
/// <param name="High">Upper end of the 95% CI of the mean.</param>
public sealed record ChartSeries(double[] Mean, double[] Low, double[] High);
