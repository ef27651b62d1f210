using System.Globalization;
using CsvHelper;

namespace TeamSim.Output.Sweeps;

/// <summary>CsvHelper settings shared by every sweep file: invariant culture, UTF-8 without BOM, LF line ends.</summary>
internal static class SweepCsv
{
    private static readonly CsvWriterOptions WriterOptions = new() { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };

    private static readonly CsvReaderOptions ReaderOptions = new() { HasHeader = true, FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>A writer on a stream the caller owns (so it can be flushed to disk before a rename).</summary>
    public static CsvWriter OpenWriter(Stream stream) => CsvWriter.Create(stream, WriterOptions, true);

    /// <summary>A reader of a file with a header row.</summary>
    public static CsvReader OpenReader(string path) => CsvReader.FromFile(path, ReaderOptions, FileOptions.SequentialScan);

    /// <summary>Writes one row.</summary>
    public static void WriteRow(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (string f in fields)
        {
            csv.WriteField(f);
        }

        csv.EndRecord();
    }

    /// <summary>The fields of the current row.</summary>
    public static string[] Fields(CsvReader csv)
    {
        var fields = new string[csv.FieldCount];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = csv.GetString(i);
        }

        return fields;
    }
}
