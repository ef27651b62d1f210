using System.Globalization;

namespace TeamSim.Output;

/// <summary>
/// Default output folders, chosen alike by every command that writes results (<c>run</c>, <c>march</c>,
/// <c>ablate</c>, <c>sweep</c>, <c>calibrate</c>): a new folder <c>PARENT/yyyyMMdd-HHmmss</c> named for the
/// start time in UTC, with <c>-2</c>, <c>-3</c> ... when that name is taken. Studies that write into their
/// folder while they run (sweeps, calibrations) claim it atomically with <see cref="Claim"/> and find the one
/// to continue with <see cref="NewestUnfinished"/>.
/// </summary>
/// <remarks>
/// Names sort by time: the stamp, then the suffix as a number (<c>-10</c> after <c>-9</c>). Only
/// folders named this way count; anything else in <c>PARENT</c> is left alone.
/// </remarks>
public static class StudyFolders
{
    private const string StampFormat = "yyyyMMdd-HHmmss";
    private const string ClaimPrefix = ".teamsim-claim-";

    /// <summary>
    /// A free name <c>PARENT/yyyyMMdd-HHmmss</c> (or with <c>-2</c>, <c>-3</c> ...) for a run started at
    /// <paramref name="started"/>. Nothing is created: another process may take the name before this one
    /// writes it, so writers that rename their results into place use <see cref="OutputFolder.Begin"/> with
    /// <c>unique</c> (which moves on to the next suffix), and writers that fill their folder in place use
    /// <see cref="Claim"/>.
    /// </summary>
    public static string Stamped(string parent, DateTimeOffset started)
    {
        string stamp = Stamp(started);
        string folder = Path.Combine(parent, stamp);
        for (int i = 2; Directory.Exists(folder) || File.Exists(folder); i++)
        {
            folder = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{stamp}-{i}"));
        }

        return folder;
    }

    /// <summary>
    /// Creates and returns a new folder <c>PARENT/yyyyMMdd-HHmmss[-N]</c> that no other process can also
    /// get, however many start in the same second. It holds one empty sub-folder,
    /// <paramref name="marker"/> (the study's working folder, e.g. a sweep's <c>.partial</c>).
    /// </summary>
    /// <remarks>
    /// The folder is built under a hidden temporary name with the marker inside and renamed into place;
    /// a rename onto an existing folder that is not empty fails, so of two processes that picked the same
    /// name one gets it and the other moves on to the next suffix.
    /// </remarks>
    /// <exception cref="IOException">The parent folder cannot be written.</exception>
    public static string Claim(string parent, DateTimeOffset started, string marker)
    {
        ArgumentException.ThrowIfNullOrEmpty(marker);
        Directory.CreateDirectory(parent);
        string temp = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{ClaimPrefix}p{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}"));
        Directory.CreateDirectory(Path.Combine(temp, marker));
        try
        {
            for (int attempt = 0; attempt < 10_000; attempt++)
            {
                string candidate = Stamped(parent, started);
                if (OutputFolder.TryMove(temp, candidate))
                {
                    return candidate;
                }
            }

            throw new IOException($"{parent}: no free folder name for {Stamp(started)}");
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="root"/> is missing, empty, or holds nothing but an empty <paramref name="marker"/>
    /// sub-folder (as <see cref="Claim"/> leaves it): a study may start there without replacing anything.
    /// </summary>
    public static bool IsNew(string root, string marker)
    {
        if (!Directory.Exists(root))
        {
            return true;
        }

        string claimed = Path.Combine(root, marker);
        return !Directory.EnumerateFileSystemEntries(root).Any(e => e != claimed || Directory.EnumerateFileSystemEntries(e).Any());
    }

    /// <summary>
    /// The folder of a study (a sweep, a calibration) run without <c>--out</c>: a new one claimed under
    /// <paramref name="parent"/> (see <see cref="Claim"/>), or with <paramref name="resume"/> the newest unfinished
    /// one there (see <see cref="NewestUnfinished"/>).
    /// </summary>
    /// <param name="parent">Where the study's default folders go, e.g. <c>results/sweeps/NAME</c>.</param>
    /// <param name="started">When the study started; names a new folder.</param>
    /// <param name="marker">The working sub-folder a new folder is claimed with (e.g. a sweep's <c>.partial</c>).</param>
    /// <param name="resume">Continue the newest unfinished folder instead of claiming a new one.</param>
    /// <param name="unfinished">Whether a folder holds an unfinished run of this study.</param>
    /// <param name="study">The study as the error names it, e.g. <c>sweep 'grid'</c>.</param>
    /// <exception cref="Experiments.InputException">Resuming, but no folder under <paramref name="parent"/> is unfinished.</exception>
    public static string ForStudy(string parent, DateTimeOffset started, string marker, bool resume, Func<string, bool> unfinished, string study)
    {
        if (!resume)
        {
            return Claim(parent, started, marker);
        }

        return NewestUnfinished(parent, unfinished)
            ?? throw new Experiments.InputException($"--resume: no unfinished run of {study} in {parent}; start one without --resume, or name its folder with --out");
    }

    /// <summary>
    /// The newest folder under <paramref name="parent"/> named like a default folder for which
    /// <paramref name="unfinished"/> holds, or null when there is none (or no parent).
    /// </summary>
    public static string? NewestUnfinished(string parent, Func<string, bool> unfinished)
    {
        ArgumentNullException.ThrowIfNull(unfinished);
        return InTimeOrder(parent).Reverse().FirstOrDefault(unfinished);
    }

    /// <summary>The default folders under <paramref name="parent"/>, oldest first (by name: stamp, then suffix).</summary>
    public static IReadOnlyList<string> InTimeOrder(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var named = new List<(string Stamp, int Suffix, string Path)>();
        foreach (string dir in Directory.EnumerateDirectories(parent))
        {
            if (Parse(Path.GetFileName(dir)) is (string stamp, int suffix))
            {
                named.Add((stamp, suffix, dir));
            }
        }

        return named
            .OrderBy(n => n.Stamp, StringComparer.Ordinal)
            .ThenBy(n => n.Suffix)
            .Select(n => n.Path)
            .ToArray();
    }

    private static string Stamp(DateTimeOffset started) =>
        started.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture);

    /// <summary>The stamp and suffix (1 when none) of a default folder's name, or null for another name.</summary>
    private static (string Stamp, int Suffix)? Parse(string name)
    {
        if (name.Length < StampFormat.Length
            || !DateTime.TryParseExact(name[..StampFormat.Length], StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        string rest = name[StampFormat.Length..];
        if (rest.Length == 0)
        {
            return (name, 1);
        }

        return rest[0] == '-' && int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int suffix) && suffix >= 2
            ? (name[..StampFormat.Length], suffix)
            : null;
    }
}
