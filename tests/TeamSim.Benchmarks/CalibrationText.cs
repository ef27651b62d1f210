using System.Globalization;
using TeamSim.Analysis.Statistics;

namespace TeamSim.Benchmarks;

/// <summary>
/// Number formats of the measured column of docs/CALIBRATION.md: invariant culture, thousands
/// separators, 95% CIs in brackets. A damage interval gets one decimal while its half-width is
/// under 50 and none from there on, so the printed digits stay within the CI's resolution.
/// </summary>
internal static class CalibrationText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"mean [low, high]" of a paired difference b - a, digits from the CI's half-width.</summary>
    public static string Interval(PairedContrast c) => Interval(c.MeanDifference, c.CiLow, c.CiHigh);

    /// <summary>"mean [low, high]", digits from the CI's half-width.</summary>
    public static string Interval(double mean, double low, double high)
    {
        string format = (high - low) / 2 >= 50 ? "#,##0" : "#,##0.0";
        return $"{mean.ToString(format, Invariant)} [{low.ToString(format, Invariant)}, {high.ToString(format, Invariant)}]";
    }

    /// <summary>"mean [low, high]" with three decimals (log ratios, rates).</summary>
    public static string Interval3(PairedContrast c) =>
        $"{Fixed(c.MeanDifference, 3)} [{Fixed(c.CiLow, 3)}, {Fixed(c.CiHigh, 3)}]";

    /// <summary>
    /// Who did less of a paired difference b - a: "a mean [low, high]" when b - a is positive,
    /// else "b mean [low, high]" with the difference turned round.
    /// </summary>
    public static string Less(PairedContrast c, string a, string b) =>
        c.MeanDifference >= 0
            ? $"{a} {Interval(c)}"
            : $"{b} {Turned(c)}";

    /// <summary>"mean [low, high]" of a - b, the paired difference b - a turned round.</summary>
    public static string Turned(PairedContrast c) => Interval(-c.MeanDifference, -c.CiHigh, -c.CiLow);

    /// <summary>A whole number with thousands separators.</summary>
    public static string Count(double value) => value.ToString("#,##0", Invariant);

    /// <summary>A value with <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(Invariant), Invariant);

    /// <summary>A value with <paramref name="decimals"/> decimals and a sign (+0.172).</summary>
    public static string Signed(double value, int decimals) => (value > 0 ? "+" : string.Empty) + Fixed(value, decimals);

    /// <summary>A share as a whole percentage (0.54 becomes "54%").</summary>
    public static string Percent(double share) => (100 * share).ToString("0", Invariant) + "%";

    /// <summary>True when a paired difference's 95% CI excludes 0.</summary>
    public static bool Clear(PairedContrast c) => c.CiLow > 0 || c.CiHigh < 0;
}
