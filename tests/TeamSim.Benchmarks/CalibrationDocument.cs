using System.Text;

namespace TeamSim.Benchmarks;

/// <summary>
/// Rewrites the measured column of the targets table of docs/CALIBRATION.md. A table row is
/// matched to a calibration row by the start of its pattern cell; every other cell, every other
/// line and the line endings stay byte-identical.
/// </summary>
internal static class CalibrationDocument
{
    private const string Section = "## Targets";
    private const int Cells = 5;
    private const int MeasuredCell = 3;

    /// <summary>Replaces the measured cells of <paramref name="path"/> through a temporary file and a rename.</summary>
    /// <exception cref="InvalidDataException">The table does not have the expected shape or rows.</exception>
    public static void Write(string path, IReadOnlyList<CalibrationRow> rows)
    {
        byte[] bytes = File.ReadAllBytes(path);
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var encoding = new UTF8Encoding(bom, throwOnInvalidBytes: true);
        string text = encoding.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        string replaced = Replace(text, rows, path);

        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".calibration.tmp");
        File.WriteAllText(temporary, replaced, encoding);
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The document with each row's measured cell replaced.</summary>
    /// <exception cref="InvalidDataException">The table does not have the expected shape, or a row is missing or matched twice.</exception>
    public static string Replace(string text, IReadOnlyList<CalibrationRow> rows, string source)
    {
        string[] lines = text.Split('\n');
        int start = Array.FindIndex(lines, l => l.TrimEnd('\r') == Section);
        if (start < 0)
        {
            throw new InvalidDataException($"{source}: no '{Section}' section");
        }

        int header = Array.FindIndex(lines, start, l => l.StartsWith('|'));
        if (header < 0 || !Cell(lines[header], MeasuredCell, source).StartsWith("measured", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: the table under '{Section}' has no 'measured' column {MeasuredCell + 1}");
        }

        var used = new int[rows.Count];
        for (int i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            string pattern = Cell(lines[i], 0, source);
            int match = -1;
            for (int r = 0; r < rows.Count; r++)
            {
                if (pattern.StartsWith(rows[r].PatternStart, StringComparison.Ordinal))
                {
                    match = match < 0 ? r : throw new InvalidDataException($"{source}: line {i + 1} matches rows '{rows[match].Id}' and '{rows[r].Id}'");
                }
            }

            if (match < 0)
            {
                throw new InvalidDataException($"{source}: line {i + 1}: no calibration row computes the pattern '{pattern}'");
            }

            used[match]++;
            lines[i] = WithCell(lines[i], MeasuredCell, rows[match].Measured);
        }

        for (int r = 0; r < rows.Count; r++)
        {
            if (used[r] != 1)
            {
                throw new InvalidDataException($"{source}: row '{rows[r].Id}' (pattern starting '{rows[r].PatternStart}') matched {used[r]} table lines, expected 1");
            }
        }

        return string.Join('\n', lines);
    }

    private static string Cell(string line, int cell, string source)
    {
        int[] bars = Bars(line, source);
        return line[(bars[cell] + 1)..bars[cell + 1]].Trim();
    }

    private static string WithCell(string line, int cell, string value)
    {
        int[] bars = Bars(line, string.Empty);
        return line[..(bars[cell] + 1)] + " " + value + " " + line[bars[cell + 1]..];
    }

    /// <summary>Positions of the cell separators; a row of this table has exactly <see cref="Cells"/> + 1.</summary>
    private static int[] Bars(string line, string source)
    {
        var bars = new List<int>(Cells + 1);
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '|')
            {
                bars.Add(i);
            }
        }

        if (bars.Count != Cells + 1)
        {
            throw new InvalidDataException($"{source}: expected {Cells} cells in table line '{line}'");
        }

        return bars.ToArray();
    }
}
