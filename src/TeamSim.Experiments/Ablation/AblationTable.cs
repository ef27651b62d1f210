using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Analysis;
using TeamSim.Experiments.Running;

namespace TeamSim.Experiments.Ablation;

/// <summary>
/// The ablation table: for each variant, run metric and policy, the paired difference variant -
/// baseline (<see cref="PairedContrast"/>), its relative size and whether the policy ranking flips.
/// </summary>
public static class AblationTable
{
    /// <summary>Rows in variant, then metric (model order), then policy (scenario order) order.</summary>
    public static IReadOnlyList<AblationRow> Rows(AblationResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        ExperimentResult baseline = study.Baseline;
        IReadOnlyList<MetricDefinition> metrics = baseline.Scenario.Model.RunMetrics;
        int policies = baseline.Scenario.Policies.Count;
        var rows = new List<AblationRow>();
        foreach (AblationVariantResult variant in study.Variants)
        {
            for (int m = 0; m < metrics.Count; m++)
            {
                bool? flips = RankingFlips(baseline, variant.Result, m);
                for (int p = 0; p < policies; p++)
                {
                    PairedContrast c = PairedContrast.Of(baseline.RunMetric(p, m), variant.Result.RunMetric(p, m));
                    double relative = c.MeanA != 0 && double.IsFinite(c.MeanA) ? c.MeanDifference / c.MeanA : double.NaN;
                    rows.Add(new AblationRow(
                        variant.Variant.Name, baseline.Scenario.Policies[p].Name, metrics[m].Name, metrics[m].LowerIsBetter,
                        c.N, c.MeanA, c.MeanB, c.MeanDifference, c.CiLow, c.CiHigh, relative, flips));
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// Whether the policies' order by mean of metric <paramref name="metric"/> differs between the two
    /// results: some pair of policies is strictly ordered one way in the baseline and strictly the other
    /// way in the variant (a tie on either side is not a flip, so a variant that makes two policies equal
    /// does not count). Null when a mean is undefined; one policy never flips.
    /// </summary>
    public static bool? RankingFlips(ExperimentResult baseline, ExperimentResult variant, int metric)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        double[]? before = Means(baseline, metric);
        double[]? after = Means(variant, metric);
        if (before is null || after is null)
        {
            return null;
        }

        for (int a = 0; a < before.Length; a++)
        {
            for (int b = a + 1; b < before.Length; b++)
            {
                if (Math.Sign(before[b] - before[a]) * Math.Sign(after[b] - after[a]) < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static double[]? Means(ExperimentResult result, int metric)
    {
        int policies = result.Scenario.Policies.Count;
        var means = new double[policies];
        for (int p = 0; p < policies; p++)
        {
            means[p] = SampleSummary.Of(result.RunMetric(p, metric)).Mean;
            if (double.IsNaN(means[p]))
            {
                return null;
            }
        }

        return means;
    }
}
