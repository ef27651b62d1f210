using System.Globalization;

namespace TeamSim.Output.Report;

/// <summary>
/// Writes the headline from the numbers, never from expectations: the policy with the better mean
/// on the headline metric is compared with the runner-up through their paired difference and its
/// 95% CI (comparison.csv), so on <c>routine-drill</c> it names command if command did better.
/// </summary>
public static class HeadlineWriter
{
    /// <summary>The metric the headline prefers when the model has it.</summary>
    public const string PreferredMetric = "total_damage";

    /// <summary>Builds the headline for <paramref name="metric"/> (or, when absent, the first metric in comparison.csv).</summary>
    /// <param name="comparisons">comparison.csv rows.</param>
    /// <param name="summary">summary.csv rows (used when only one policy ran).</param>
    /// <param name="policies">Policy names in scenario order.</param>
    /// <param name="metric">Preferred metric.</param>
    public static Headline For(IReadOnlyList<ComparisonRow> comparisons, IReadOnlyList<SummaryRow> summary, IReadOnlyList<string> policies, string metric = PreferredMetric)
    {
        if (!comparisons.Any(r => r.Metric == metric))
        {
            metric = comparisons.Count > 0 ? comparisons[0].Metric : summary.Count > 0 ? summary[0].Metric : metric;
        }

        string label = Label(metric);
        List<ComparisonRow> rows = comparisons.Where(r => r.Metric == metric).ToList();
        if (rows.Count == 0 || policies.Count < 2)
        {
            SummaryRow? only = summary.FirstOrDefault(r => r.Metric == metric);
            string text = only is null
                ? "Only one policy ran, so there is nothing to compare."
                : double.IsNaN(only.CiLow)
                    ? $"Only one policy ran ({only.Policy}), so there is nothing to compare: mean {label} {Number(only.Mean)} (n = {only.N}, no interval)."
                    : $"Only one policy ran ({only.Policy}), so there is nothing to compare: mean {label} {Number(only.Mean)} (95% CI {Number(only.CiLow)} to {Number(only.CiHigh)}).";
            return new Headline(text, metric, null, null, false);
        }

        bool lowerIsBetter = rows[0].LowerIsBetter;

        // Rank policies by mean (from any row that has them), best first.
        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (ComparisonRow r in rows)
        {
            means.TryAdd(r.PolicyA, r.MeanA);
            means.TryAdd(r.PolicyB, r.MeanB);
        }

        List<string> ranked = policies.Where(p => means.ContainsKey(p) && double.IsFinite(means[p]))
            .OrderBy(p => lowerIsBetter ? means[p] : -means[p])
            .ToList();
        if (ranked.Count < 2)
        {
            return new Headline($"The {label} could not be compared: too few runs had a value.", metric, null, null, false);
        }

        string best = ranked[0];
        string second = ranked[1];
        ComparisonRow row = rows.First(r => (r.PolicyA == best && r.PolicyB == second) || (r.PolicyA == second && r.PolicyB == best));

        // Express the difference as best - second with its CI (comparison rows hold b - a).
        bool flip = row.PolicyA == best;
        double diff = flip ? -row.MeanDifference : row.MeanDifference;
        double low = flip ? -row.CiHigh : row.CiLow;
        double high = flip ? -row.CiLow : row.CiHigh;
        double baseline = means[second];
        bool clear = double.IsFinite(low) && double.IsFinite(high) && (low > 0 || high < 0);
        bool percent = Math.Abs(baseline) > 1e-9;
        double scale = percent ? 100 / Math.Abs(baseline) : 1;

        // Improvement is positive: "less damage" for lower-is-better metrics, "more safety" otherwise.
        double sign = lowerIsBetter ? -1 : 1;
        double gain = sign * diff * scale;
        double gainLow = Math.Min(sign * low, sign * high) * scale;
        double gainHigh = Math.Max(sign * low, sign * high) * scale;
        string unit = percent ? "%" : string.Empty;
        string better = lowerIsBetter ? "less" : "more";
        string worse = lowerIsBetter ? "more" : "less";
        string sentence;
        string paired = Paired(row, best, second, metric, lowerIsBetter);
        if (clear)
        {
            sentence = $"{Capital(Team(best))} {Verb(metric)} {Number(gain)}{unit} {better} {Noun(metric)} than {Team(second)} " +
                $"(95% CI {Number(gainLow)}{unit} to {Number(gainHigh)}{unit}, paired over {row.N} replications).";
            return new Headline(sentence, metric, best, second, true) { Paired = paired };
        }

        string range = double.IsFinite(gainLow) && double.IsFinite(gainHigh)
            ? $"the 95% CI runs from {Describe(gainLow, unit, better, worse)} to {Describe(gainHigh, unit, better, worse)}, so it includes no difference at all"
            : "the 95% CI could not be computed";
        sentence = $"The difference in {label} between {best} and {second} is not clear: {Team(best)} {Verb(metric)} {Number(gain)}{unit} {better} {Noun(metric)} on average, " +
            $"but {range} (paired over {row.N} replications).";
        return new Headline(sentence, metric, null, second, false) { Paired = paired };
    }

    /// <summary>A metric name in words (<c>total_damage</c> becomes <c>total damage</c>).</summary>
    public static string Label(string metric) => metric.Replace('_', ' ');

    /// <summary>
    /// How often <paramref name="best"/> did better than <paramref name="second"/> pair by pair and the median gap,
    /// from prob_superiority and median_difference (b - a, so flipped when best is a); empty when undefined.
    /// </summary>
    private static string Paired(ComparisonRow row, string best, string second, string metric, bool lowerIsBetter)
    {
        if (row.N <= 0 || !double.IsFinite(row.ProbabilityBetter))
        {
            return string.Empty;
        }

        bool bestIsB = row.PolicyB == best;
        double share = bestIsB ? row.ProbabilityBetter : 1 - row.ProbabilityBetter;
        double low = bestIsB ? row.ProbabilityBetterCiLow : 1 - row.ProbabilityBetterCiHigh;
        double high = bestIsB ? row.ProbabilityBetterCiHigh : 1 - row.ProbabilityBetterCiLow;

        // Pairs won, a tie counting half, so a multiple of 0.5.
        double won = Math.Round(share * row.N * 2) / 2;
        string better = lowerIsBetter ? "less" : "more";
        string worse = lowerIsBetter ? "more" : "less";
        string ties = won != Math.Floor(won) ? ", a tie counting half" : string.Empty;
        string text = $"{Capital(Team(best))} {Verb(metric)} {better} {Noun(metric)} than {Team(second)} in " +
            $"{won.ToString("0.#", CultureInfo.InvariantCulture)} of {row.N} paired runs (95% CI {Percent(low)} to {Percent(high)}{ties})";
        double median = bestIsB ? row.MedianDifference : -row.MedianDifference;
        double gap = (lowerIsBetter ? -1 : 1) * median;
        if (!double.IsFinite(gap))
        {
            return text + ".";
        }

        string typical = gap == 0 ? "zero" : $"{Grouped(Math.Abs(gap))} {(gap > 0 ? better : worse)} {Noun(metric)}";
        return $"{text}; the median paired difference was {typical}.";
    }

    private static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "n/a";

    /// <summary>Like <see cref="Number"/>, with thousands separated by commas (12,345).</summary>
    private static string Grouped(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : Number(value);

    private static string Describe(double gain, string unit, string better, string worse) =>
        gain >= 0 ? $"{Number(gain)}{unit} {better}" : $"{Number(-gain)}{unit} {worse}";

    private static string Team(string policy) => $"{policy}-led teams";

    private static string Capital(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static string Verb(string metric) => metric switch
    {
        "total_damage" => "accumulated",
        "errors_made" or "errors_concealed" => "made",
        _ => "had",
    };

    private static string Noun(string metric) => metric switch
    {
        "total_damage" => "damage",
        "errors_made" => "errors",
        "errors_concealed" => "concealed errors",
        _ => Label(metric),
    };

    /// <summary>Two significant figures for the headline, at most one decimal for large values.</summary>
    internal static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        double magnitude = Math.Abs(value);
        string format = magnitude >= 10 ? "0" : magnitude >= 1 ? "0.#" : "0.##";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
