using System.Globalization;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// How sweep cells are read back from chunk files and runs.csv: the inverse of
/// <see cref="Analysis.Csv.CsvCells"/>, which writes them (empty = NaN, inf and -inf).
/// </summary>
internal static class SweepCells
{
    public static double ParseNumber(string cell) => cell switch
    {
        "" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static long ParseInteger(string cell) => long.Parse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
