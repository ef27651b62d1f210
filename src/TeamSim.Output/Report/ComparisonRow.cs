namespace TeamSim.Output.Report;

/// <summary>One row of comparison.csv: the paired difference b - a of one metric between two policies.</summary>
/// <param name="Metric">Run metric name.</param>
/// <param name="PolicyA">First policy (scenario order).</param>
/// <param name="PolicyB">Second policy.</param>
/// <param name="N">Paired replications.</param>
/// <param name="MeanA">Mean of policy a.</param>
/// <param name="MeanB">Mean of policy b.</param>
/// <param name="MeanDifference">Mean of b - a.</param>
/// <param name="CiLow">Lower end of the 95% CI of b - a.</param>
/// <param name="CiHigh">Upper end of the 95% CI of b - a.</param>
/// <param name="LowerIsBetter">True when smaller values are better (damage, errors made).</param>
/// <param name="MedianDifference">Median of b - a; NaN when the folder predates the column.</param>
/// <param name="ProbabilityBetter">Share of pairs in which b did better than a in the metric's direction, ties half, in [0, 1]; NaN when the folder predates the column.</param>
/// <param name="ProbabilityBetterCiLow">Lower end of its 95% Wilson interval; NaN when absent.</param>
/// <param name="ProbabilityBetterCiHigh">Upper end of its 95% Wilson interval; NaN when absent.</param>
public sealed record ComparisonRow(
    string Metric,
    string PolicyA,
    string PolicyB,
    long N,
    double MeanA,
    double MeanB,
    double MeanDifference,
    double CiLow,
    double CiHigh,
    bool LowerIsBetter,
    double MedianDifference = double.NaN,
    double ProbabilityBetter = double.NaN,
    double ProbabilityBetterCiLow = double.NaN,
    double ProbabilityBetterCiHigh = double.NaN);
