using System.Globalization;
using CsvHelper;
using TeamSim.Analysis.Csv;
using TeamSim.Experiments.Ablation;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Ablation;

/// <summary>
/// Writes ablations.csv (docs/OUTPUTS.md) with CsvHelper: invariant culture, UTF-8 without BOM, LF
/// line ends, one header, rows in <see cref="AblationTable.Rows"/> order; the same study gives the
/// same bytes whatever the thread count.
/// </summary>
public static class AblationCsvWriter
{
    /// <summary>The file name in the results folder.</summary>
    public const string FileName = "ablations.csv";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["variant", "policy", "metric", "n", "mean_baseline", "mean_variant", "mean_difference", "ci95_low", "ci95_high", "relative_change", "ranking_flips"];

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write(IReadOnlyList<AblationRow> rows, string path)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using CsvWriter csv = CsvWriter.ToFile(path, options, FileOptions.None);
        foreach (string column in Columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (AblationRow row in rows)
        {
            csv.WriteField(CsvCells.Text(row.Variant));
            csv.WriteField(CsvCells.Text(row.Policy));
            csv.WriteField(CsvCells.Text(row.Metric));
            csv.WriteField(CsvCells.Integer(row.N));
            csv.WriteField(CsvCells.Number(row.MeanBaseline));
            csv.WriteField(CsvCells.Number(row.MeanVariant));
            csv.WriteField(CsvCells.Number(row.MeanDifference));
            csv.WriteField(CsvCells.Number(row.CiLow));
            csv.WriteField(CsvCells.Number(row.CiHigh));
            csv.WriteField(CsvCells.Number(row.RelativeChange));
            csv.WriteField(row.RankingFlips switch { true => "true", false => "false", null => string.Empty });
            csv.EndRecord();
        }
    }
}
