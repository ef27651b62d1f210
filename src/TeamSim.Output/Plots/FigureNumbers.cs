using System.Globalization;

namespace TeamSim.Output.Plots;

/// <summary>
/// How one figure writes its numbers, shared by the cell labels and the colour-bar ticks of a heat map so
/// they never disagree (no <c>8.66E+03</c> beside <c>8,600</c>): invariant culture, thousands separators,
/// no exponents, and one number of decimals for the whole figure, enough for 3 significant digits of its
/// largest value and for its tick step to be exact.
/// </summary>
internal sealed class FigureNumbers
{
    /// <summary>Most decimals a figure shows; smaller values read as 0.</summary>
    public const int MaxDecimals = 6;

    private readonly string _pattern;
    private readonly string _suffix;

    private FigureNumbers(int decimals, bool signed, string suffix)
    {
        Decimals = decimals;
        Signed = signed;
        _suffix = suffix;
        string number = decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0";
        _pattern = signed ? $"+{number};-{number};{number}" : number;
    }

    /// <summary>Decimals every number of the figure shows.</summary>
    public int Decimals { get; }

    /// <summary>True when positive numbers carry a plus sign (differences).</summary>
    public bool Signed { get; }

    /// <summary>The format of a figure whose colour scale runs from <paramref name="low"/> to <paramref name="high"/>, with about <paramref name="ticks"/> ticks.</summary>
    /// <param name="low">Lowest value on the scale.</param>
    /// <param name="high">Highest value on the scale.</param>
    /// <param name="signed">Show a plus sign on positive values (differences).</param>
    /// <param name="suffix">Text after every number, such as <c>%</c>.</param>
    /// <param name="ticks">The number of ticks to aim for.</param>
    public static FigureNumbers For(double low, double high, bool signed = false, string suffix = "", int ticks = 5)
    {
        double largest = Math.Max(Math.Abs(Finite(low)), Math.Abs(Finite(high)));
        int significant = largest > 0 ? 2 - (int)Math.Floor(Math.Log10(largest)) : 0;
        int step = DecimalsOf(Step(low, high, ticks));
        return new FigureNumbers(Math.Clamp(Math.Max(significant, step), 0, MaxDecimals), signed, suffix);
    }

    /// <summary>A value as the figure writes it; <c>n/a</c> for a missing value.</summary>
    public string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        double rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        return rounded.ToString(_pattern, CultureInfo.InvariantCulture) + _suffix;
    }

    /// <summary>A lone number (a factor level on an axis) with 3 significant digits, thousands separators and no exponent.</summary>
    public static string Compact(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        if (value == 0)
        {
            return "0";
        }

        int decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), -15, 15);
        double rounded = decimals >= 0 ? Math.Round(value, decimals) : Math.Round(value / Math.Pow(10, -decimals)) * Math.Pow(10, -decimals);
        return rounded.ToString("#,##0.###############", CultureInfo.InvariantCulture);
    }

    /// <summary>Tick positions from <paramref name="low"/> to <paramref name="high"/> at a 1-2-5 step, with their labels in this format.</summary>
    public (double[] Positions, string[] Labels) Ticks(double low, double high, int ticks = 5)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return ([], []);
        }

        if (!(high > low))
        {
            return ([low], [Format(low)]);
        }

        double step = Step(low, high, ticks);
        var positions = new List<double>();
        for (long k = (long)Math.Ceiling((low / step) - 1e-9); k * step <= high + (step * 1e-9); k++)
        {
            positions.Add(Math.Round(k * step, MaxDecimals + 3));
        }

        return (positions.ToArray(), positions.Select(Format).ToArray());
    }

    /// <summary>The 1, 2 or 5 times a power of ten that splits [low, high] into about <paramref name="ticks"/> steps.</summary>
    internal static double Step(double low, double high, int ticks)
    {
        double span = Finite(high) - Finite(low);
        if (!(span > 0))
        {
            return 1;
        }

        double raw = span / Math.Max(1, ticks);
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double unit = raw / power;
        double nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
        return nice * power;
    }

    private static int DecimalsOf(double step) => step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(step) - 1e-9);

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;
}
