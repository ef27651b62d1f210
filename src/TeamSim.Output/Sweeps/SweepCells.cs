using System.Globalization;

namespace TeamSim.Output.Sweeps;

/// <summary>How sweep values become CSV cells and back: invariant shortest round-trip numbers, empty for NaN.</summary>
internal static class SweepCells
{
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cell a spreadsheet will not execute (a leading apostrophe before = + - @).</summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static double ParseNumber(string cell) => cell switch
    {
        "" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static long ParseInteger(string cell) => long.Parse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
