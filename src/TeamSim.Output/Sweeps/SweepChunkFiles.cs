using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamSim.Output.Sweeps;

/// <summary>Names of the chunk files of a sweep folder (<c>chunk-00000012.csv</c>).</summary>
internal static partial class SweepChunkFiles
{
    public static string Name(long chunk) => string.Create(CultureInfo.InvariantCulture, $"chunk-{chunk:D8}.csv");

    /// <summary>The completed chunks in a folder, by index (temporary files are not chunks).</summary>
    public static SortedDictionary<long, string> List(string directory)
    {
        var chunks = new SortedDictionary<long, string>();
        if (!Directory.Exists(directory))
        {
            return chunks;
        }

        foreach (string path in Directory.EnumerateFiles(directory, "chunk-*.csv"))
        {
            Match m = ChunkName().Match(Path.GetFileName(path));
            if (m.Success)
            {
                chunks[long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = path;
            }
        }

        return chunks;
    }

    [GeneratedRegex(@"^chunk-(\d{8,})\.csv$")]
    private static partial Regex ChunkName();
}
