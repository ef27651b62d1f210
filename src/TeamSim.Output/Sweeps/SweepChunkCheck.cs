using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using TeamSim.Experiments;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// The checksum written with every chunk (<c>chunk-N.csv.sha256</c>: the SHA-256 of the chunk's
/// bytes) and the check of a chunk before its rows are used, on resume, at the end of a sweep and
/// on merge: its checksum, its header, its run indices, a number in every numeric cell and its
/// row count. Problems are one line naming the chunk and row.
/// </summary>
internal static class SweepChunkCheck
{
    /// <summary>Advice for a damaged chunk found while resuming or finishing a sweep.</summary>
    public const string ResumeAdvice = "delete that chunk and run the same command with --resume to compute it again";

    /// <summary>Advice for a damaged chunk found while merging shards.</summary>
    public const string MergeAdvice = "run that shard again with --force, or restore the chunk";

    /// <summary>The checksum file of a chunk.</summary>
    public static string ChecksumPath(string chunk) => chunk + ".sha256";

    /// <summary>The SHA-256 of a file's bytes, lower-case hex.</summary>
    public static string Hash(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes the checksum of <paramref name="written"/> for the chunk that will be named <paramref name="chunk"/> (temporary file, then rename).</summary>
    public static void WriteChecksum(string written, string chunk)
    {
        string path = ChecksumPath(chunk);
        string temp = path + ".tmp";
        File.WriteAllText(temp, Hash(written) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Checks one chunk whose first run is <paramref name="firstRun"/>.</summary>
    /// <exception cref="InputException">The chunk is damaged, truncated or from another sweep; the message names it and the row.</exception>
    public static void Verify(string chunk, SweepManifest manifest, long firstRun, string advice)
    {
        string checksumFile = ChecksumPath(chunk);
        string? recorded = File.Exists(checksumFile) ? File.ReadAllText(checksumFile).Trim() : null;
        bool intact = recorded is not null && recorded == Hash(chunk);
        string[] header = SweepChunkFormat.Header(manifest);
        long expectedRows = Math.Min(manifest.ChunkRuns, manifest.Runs - firstRun);
        int factors = manifest.Factors.Count;
        int metricStart = SweepChunkFormat.MetricStart(factors);
        long row = 0;
        try
        {
            using CsvReader csv = SweepCsv.OpenReader(chunk);
            csv.ReadHeader();
            if (!csv.Headers.SequenceEqual(header))
            {
                throw Damaged(chunk, intact
                    ? "row 0 (header): columns do not match this sweep's; the chunk belongs to another sweep"
                    : "row 0 (header): columns do not match this sweep's; the chunk is truncated, damaged or from another sweep", advice);
            }

            while (csv.Read())
            {
                row++;
                string[] cells = SweepCsv.Fields(csv);
                if (cells.Length != header.Length)
                {
                    throw Damaged(chunk, $"row {row}: {cells.Length} cells for {header.Length} columns; the chunk is truncated or damaged", advice);
                }

                if (!long.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out long run) || run != firstRun + row - 1)
                {
                    throw Damaged(chunk, string.Create(CultureInfo.InvariantCulture, $"row {row}, column 'run': expected run {firstRun + row - 1}, got '{cells[0]}'"), advice);
                }

                for (int f = 0; f < factors; f++)
                {
                    SweepFactorInfo factor = manifest.Factors[f];
                    string cell = cells[SweepChunkFormat.FactorStart + f];
                    bool ok = factor.Values is not null
                        ? cell.Length > 0
                        : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= factor.Min && v <= factor.Max;
                    if (!ok)
                    {
                        throw Damaged(chunk, $"row {row}, column '{factor.Name}': '{cell}' is not a value of this factor", advice);
                    }
                }

                for (int m = metricStart; m < header.Length - 1; m++)
                {
                    string cell = cells[m];
                    if (cell is not ("" or "inf" or "-inf") && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        throw Damaged(chunk, $"row {row}, column '{header[m]}': '{cell}' is not a number", advice);
                    }
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw Damaged(chunk, $"row {row + 1}: malformed CSV ({e.Message.Split('\n')[0]}); the chunk is truncated or damaged", advice);
        }

        if (row != expectedRows)
        {
            throw Damaged(chunk, string.Create(CultureInfo.InvariantCulture, $"row {row + 1} of {expectedRows} is missing; the chunk is truncated"), advice);
        }

        if (!intact)
        {
            throw Damaged(chunk, recorded is null
                ? $"no checksum ({Path.GetFileName(checksumFile)}), so it cannot be trusted"
                : $"its bytes do not match its checksum ({Path.GetFileName(checksumFile)}); it was changed or truncated after it was written", advice);
        }
    }

    private static InputException Damaged(string chunk, string problem, string advice) => new($"{chunk}: {problem}; {advice}");
}
