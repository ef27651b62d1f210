using System.Globalization;
using CsvHelper;
using TeamSim.Analysis.Csv;
using TeamSim.Experiments.March;
using TeamSim.Output.Csv;

namespace TeamSim.Output.March;

/// <summary>
/// Writes the March (1991) tables: march.csv (Figure 1, one row per (p1, p2) cell) and
/// march_open.csv (open systems, one row per setting and period). CsvHelper, invariant culture,
/// UTF-8 without BOM, LF line ends: the same seed gives byte-identical files on any machine.
/// </summary>
public static class MarchCsvWriter
{
    /// <summary>Columns of march.csv, in order.</summary>
    public static IReadOnlyList<string> TableColumns { get; } =
        ["p1", "p2", "iterations", "mean_knowledge", "sd", "ci95_low", "ci95_high", "mean_periods"];

    /// <summary>Columns of march_open.csv, in order.</summary>
    public static IReadOnlyList<string> OpenSystemColumns { get; } =
        ["p1", "p2", "p3", "p4", "iterations", "period", "mean_code_knowledge", "ci95_low", "ci95_high", "mean_member_knowledge"];

    /// <summary>Writes march.csv.</summary>
    public static void WriteTable(IReadOnlyList<MarchFigure1Row> rows, string path)
    {
        using CsvWriter csv = Open(path);
        WriteHeader(csv, TableColumns);
        foreach (MarchFigure1Row row in rows)
        {
            csv.WriteField(CsvCells.Number(row.P1));
            csv.WriteField(CsvCells.Number(row.P2));
            csv.WriteField(CsvCells.Integer(row.Iterations));
            csv.WriteField(CsvCells.Number(row.MeanKnowledge));
            csv.WriteField(CsvCells.Number(row.Sd));
            csv.WriteField(CsvCells.Number(row.Ci95Low));
            csv.WriteField(CsvCells.Number(row.Ci95High));
            csv.WriteField(CsvCells.Number(row.MeanPeriods));
            csv.EndRecord();
        }
    }

    /// <summary>Writes march_open.csv.</summary>
    public static void WriteOpenSystems(IReadOnlyList<MarchOpenSystemSeries> series, string path)
    {
        using CsvWriter csv = Open(path);
        WriteHeader(csv, OpenSystemColumns);
        foreach (MarchOpenSystemSeries s in series)
        {
            foreach (MarchTimePoint point in s.Points)
            {
                csv.WriteField(CsvCells.Number(s.Options.P1));
                csv.WriteField(CsvCells.Number(s.Options.P2));
                csv.WriteField(CsvCells.Number(s.Options.P3));
                csv.WriteField(CsvCells.Number(s.Options.P4));
                csv.WriteField(CsvCells.Integer(s.Options.Iterations));
                csv.WriteField(CsvCells.Integer(point.Period));
                csv.WriteField(CsvCells.Number(point.MeanCodeKnowledge));
                csv.WriteField(CsvCells.Number(point.Ci95Low));
                csv.WriteField(CsvCells.Number(point.Ci95High));
                csv.WriteField(CsvCells.Number(point.MeanMemberKnowledge));
                csv.EndRecord();
            }
        }
    }

    private static void WriteHeader(CsvWriter csv, IReadOnlyList<string> columns)
    {
        foreach (string column in columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
    }

    private static CsvWriter Open(string path)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        return CsvWriter.ToFile(path, options, FileOptions.None);
    }
}
