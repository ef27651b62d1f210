namespace TeamSim.Experiments.Ablation;

/// <summary>One row of ablations.csv: how one variant moved one run metric of one policy, paired by replication.</summary>
/// <param name="Variant">The variant's name (<c>ablate.voice</c>, <c>leader.inquiry_delay=0</c>).</param>
/// <param name="Policy">The policy.</param>
/// <param name="Metric">The run metric.</param>
/// <param name="LowerIsBetter">True for harms such as damage (not a column; used to read the plot).</param>
/// <param name="N">Replications where both the baseline and the variant value are defined.</param>
/// <param name="MeanBaseline">Mean of the baseline over those replications.</param>
/// <param name="MeanVariant">Mean of the variant over those replications.</param>
/// <param name="MeanDifference">Mean of variant - baseline.</param>
/// <param name="CiLow">Lower end of the 95% paired t interval of the mean difference.</param>
/// <param name="CiHigh">Upper end of that interval.</param>
/// <param name="RelativeChange">Mean difference / mean baseline; NaN when the baseline mean is 0 or undefined.</param>
/// <param name="RankingFlips">
/// True when the order of the policies by mean of this metric differs between the variant and the
/// baseline: some pair is strictly ordered the other way (ties do not count). The same on every policy
/// row of a variant and metric; null when a mean is undefined.
/// </param>
public sealed record AblationRow(
    string Variant,
    string Policy,
    string Metric,
    bool LowerIsBetter,
    long N,
    double MeanBaseline,
    double MeanVariant,
    double MeanDifference,
    double CiLow,
    double CiHigh,
    double RelativeChange,
    bool? RankingFlips);
