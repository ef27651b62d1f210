using System.Globalization;
using System.Text;

namespace TeamSim.Analysis.Csv;

/// <summary>How values become CSV cells: invariant numbers, empty for undefined, neutralised text.</summary>
public static class CsvCells
{
    /// <summary>
    /// A text cell that a spreadsheet will not execute: text starting with <c>= + - @</c> (or a tab or
    /// carriage return) gets a leading apostrophe. Numbers never pass through here.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>A number in invariant culture, shortest round-trip form; NaN as an empty cell, infinities as inf and -inf.</summary>
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

    /// <summary>A whole number in invariant culture.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Appends one CSV record as the CLI's CsvHelper writer does: cells separated by commas, a cell
    /// quoted when it holds a comma, a quote, a line break or a leading or trailing space (quotes
    /// doubled), and an LF line end.
    /// </summary>
    /// <param name="csv">Where the record goes.</param>
    /// <param name="cells">The cells, already formatted (<see cref="Text"/>, <see cref="Number"/>, <see cref="Integer"/>).</param>
    public static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        bool first = true;
        foreach (string cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            bool quote = cell.Length > 0 && (cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || cell[0] == ' ' || cell[^1] == ' ');
            csv.Append(quote ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        csv.Append('\n');
    }
}
