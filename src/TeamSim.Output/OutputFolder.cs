namespace TeamSim.Output;

/// <summary>
/// A results folder written atomically: files go into a hidden temporary sibling folder, which is
/// renamed to the target only when everything is written. So a results folder is complete or
/// absent, and an interrupted run leaves nothing half-written where results are expected.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private const string PartialPrefix = ".teamsim-partial-";
    private bool _committed;

    private OutputFolder(string target, string temp, bool replace)
    {
        Target = target;
        TempPath = temp;
        Replace = replace;
    }

    /// <summary>The folder the results will have when committed.</summary>
    public string Target { get; }

    /// <summary>The temporary folder files are written into until <see cref="Commit"/>.</summary>
    public string TempPath { get; }

    private bool Replace { get; }

    /// <summary>
    /// Checks that <paramref name="target"/> can receive results: it must not exist, be an empty folder,
    /// or (with <paramref name="force"/>) be a folder of earlier TeamSim results whose manifest lists
    /// every file in it; those files will be replaced. Writes nothing.
    /// </summary>
    /// <exception cref="Experiments.InputException">The target is a file, a non-empty folder without force, or a non-empty folder that holds no earlier results.</exception>
    public static void CheckTarget(string target, bool force)
    {
        string full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            throw new Experiments.InputException($"{target}: output path is an existing file; give a folder");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            if (!force)
            {
                throw new Experiments.InputException($"{target}: output folder exists and is not empty; choose another --out or add --force to replace it");
            }

            // --force replaces only what TeamSim wrote: a folder whose manifest is TeamSim's and
            // lists every file in it. Anything else there is the user's, and the folder is left alone.
            IReadOnlySet<string> listed = Manifest.ResultsManifest.ListedFiles(full)
                ?? throw new Experiments.InputException($"{target}: --force only replaces a folder of earlier TeamSim results (its manifest.json names the format '{Manifest.ResultsManifest.Format}'); this folder is not one, so it is left alone");
            IReadOnlyList<string> foreign = Manifest.ResultsManifest.ForeignFiles(full, listed);
            if (foreign.Count > 0)
            {
                string more = foreign.Count > 3 ? $" and {foreign.Count - 3} more" : string.Empty;
                throw new Experiments.InputException($"{target}: --force would delete files TeamSim did not write ({string.Join(", ", foreign.Take(3))}{more}); move them out of the folder or choose another --out");
            }

            string cwd = Path.GetFullPath(Directory.GetCurrentDirectory()).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (cwd.StartsWith(full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new Experiments.InputException($"{target}: refusing to replace the current folder or one that contains it");
            }
        }
    }

    /// <summary>Checks the target and creates the temporary folder beside it.</summary>
    /// <exception cref="Experiments.InputException">See <see cref="CheckTarget"/>.</exception>
    public static OutputFolder Begin(string target, bool force)
    {
        CheckTarget(target, force);
        string full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? throw new Experiments.InputException($"{target}: cannot write results to a root folder");
        Directory.CreateDirectory(parent);
        string temp = Path.Combine(parent, PartialPrefix + Path.GetFileName(full) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(temp);
        return new OutputFolder(full, temp, Directory.Exists(full));
    }

    /// <summary>
    /// The full path of a file inside the temporary folder. <paramref name="relativePath"/> may contain
    /// sub-folders (created on demand) but never leaves the folder: rooted paths and <c>..</c> are refused.
    /// </summary>
    /// <exception cref="ArgumentException">The path would leave the output folder.</exception>
    public string PathFor(string relativePath) => Combine(TempPath, relativePath);

    /// <summary>Resolves <paramref name="relativePath"/> under <paramref name="root"/>, refusing anything that escapes it.</summary>
    /// <exception cref="ArgumentException">The path is rooted or escapes <paramref name="root"/>.</exception>
    public static string Combine(string root, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException($"'{relativePath}' is not a relative path inside the output folder", nameof(relativePath));
        }

        string rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string full = Path.GetFullPath(Path.Combine(rootFull, relativePath));
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' would leave the output folder", nameof(relativePath));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Moves the finished files into place (replacing the old folder's contents when forced).</summary>
    public void Commit()
    {
        if (Replace && Directory.Exists(Target))
        {
            // The old results move aside in one rename and the new ones take their place in
            // another; then only the files the old manifest lists are deleted. A file someone put
            // there after the check is kept, in the moved-aside folder, which then stays.
            string old = Target + ".teamsim-old-" + Guid.NewGuid().ToString("N")[..8];
            Directory.Move(Target, old);
            Directory.Move(TempPath, Target);
            DeleteListedFiles(old);
        }
        else
        {
            Directory.Move(TempPath, Target);
        }

        _committed = true;
    }

    /// <summary>Deletes the files a moved-aside results folder's manifest lists, then its empty folders.</summary>
    private static void DeleteListedFiles(string folder)
    {
        IReadOnlySet<string> listed = Manifest.ResultsManifest.ListedFiles(folder) ?? new HashSet<string>();
        foreach (string relative in listed)
        {
            string path = Combine(folder, relative);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        foreach (string dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }

        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>Removes the temporary folder if the results were never committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(TempPath))
        {
            try
            {
                Directory.Delete(TempPath, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover hidden .teamsim-partial folder is harmless and says what it is.
            }
        }
    }
}
