using System.Diagnostics;
using System.Globalization;

namespace TeamSim.Output;

/// <summary>
/// A results folder written atomically: files go into a hidden temporary sibling folder, which is
/// renamed to the target only when everything is written. So a results folder is complete or
/// absent, and an interrupted run leaves nothing half-written where results are expected.
/// </summary>
/// <remarks>
/// The temporary folder's name records the owning process (<c>.teamsim-partial-NAME-pPID-ID</c>),
/// so a later run can remove the leftovers of processes that are gone without touching those of a
/// run still writing. Committing never discards results: when the target was taken meanwhile (a
/// concurrent run chose the same default folder), the results move to the first free
/// <c>NAME-2</c>, <c>NAME-3</c> ... instead, and <see cref="Commit"/> returns where they went.
/// A rename onto an existing results folder fails (it is never empty), so two runs cannot both win.
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    private const string PartialPrefix = ".teamsim-partial-";
    private bool _committed;

    private OutputFolder(string target, string temp, bool replace)
    {
        Target = target;
        TempPath = temp;
        Replace = replace;
        Final = target;
    }

    /// <summary>The folder the results will have when committed.</summary>
    public string Target { get; }

    /// <summary>The temporary folder files are written into until <see cref="Commit"/>.</summary>
    public string TempPath { get; }

    /// <summary>Where the results are after <see cref="Commit"/>: the target, or a free sibling name when it was taken meanwhile.</summary>
    public string Final { get; private set; }

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

    /// <summary>
    /// Checks the target and creates the temporary folder beside it, after removing the temporary
    /// folders that processes no longer running left there.
    /// </summary>
    /// <param name="target">The results folder to write.</param>
    /// <param name="force">Replace a folder of earlier results (see <see cref="CheckTarget"/>).</param>
    /// <param name="unique">
    /// The target is a name TeamSim chose (a default folder), not one the user asked for: it is not
    /// checked now, and if it exists at <see cref="Commit"/> the results take the next free suffix.
    /// </param>
    /// <exception cref="Experiments.InputException">See <see cref="CheckTarget"/>.</exception>
    public static OutputFolder Begin(string target, bool force, bool unique = false)
    {
        if (!unique)
        {
            CheckTarget(target, force);
        }

        string full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? throw new Experiments.InputException($"{target}: cannot write results to a root folder");
        Directory.CreateDirectory(parent);
        RemoveStalePartials(parent);
        string temp = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{PartialPrefix}{Path.GetFileName(full)}-p{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}"));
        Directory.CreateDirectory(temp);
        return new OutputFolder(full, temp, !unique && Directory.Exists(full));
    }

    /// <summary>
    /// The process that owns a temporary folder named <paramref name="name"/>
    /// (<c>.teamsim-partial-NAME-pPID-ID</c>), or null for another name (older TeamSim versions did not record it).
    /// </summary>
    public static int? OwnerOf(string name)
    {
        if (!name.StartsWith(PartialPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        int idDash = name.LastIndexOf('-');
        int pidDash = idDash > 0 ? name.LastIndexOf('-', idDash - 1) : -1;
        if (pidDash < PartialPrefix.Length || name[pidDash + 1] != 'p')
        {
            return null;
        }

        return int.TryParse(name.AsSpan(pidDash + 2, idDash - pidDash - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : null;
    }

    /// <summary>
    /// Removes the temporary folders in <paramref name="parent"/> that no run will finish: those
    /// whose owning process is gone (an interrupted or killed run's leftovers), and those of TeamSim
    /// versions that did not record the owner (<c>.teamsim-partial-NAME-ID</c>, ID eight hex digits)
    /// when they are older than <see cref="LegacyPartialAge"/> and hold only files of the kinds
    /// TeamSim writes. A folder of a live process, a recent one, or one holding anything else is
    /// left alone.
    /// </summary>
    public static void RemoveStalePartials(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (string dir in Directory.EnumerateDirectories(parent, PartialPrefix + "*"))
        {
            string name = Path.GetFileName(dir);
            bool stale = OwnerOf(name) is int pid ? !IsRunning(pid) : IsStaleLegacyPartial(dir);
            if (stale)
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run removing the same leftovers, or not ours to remove: leave it.
                }
            }
        }
    }

    /// <summary>How old a temporary folder without a recorded owner must be before it counts as abandoned.</summary>
    public static readonly TimeSpan LegacyPartialAge = TimeSpan.FromHours(24);

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>Extensions of the files TeamSim writes into a results folder.</summary>
    private static readonly string[] OwnExtensions = [".csv", ".json", ".png", ".svg", ".html"];

    /// <summary>
    /// A temporary folder of a TeamSim version that did not record its owner: named
    /// <c>.teamsim-partial-NAME-ID</c> (ID eight lower-case hex digits), last written more than
    /// <see cref="LegacyPartialAge"/> ago, holding only files with extensions TeamSim writes.
    /// </summary>
    private static bool IsStaleLegacyPartial(string dir)
    {
        string name = Path.GetFileName(dir);
        int dash = name.LastIndexOf('-');
        if (dash < PartialPrefix.Length || name.Length - dash - 1 != 8 || name.AsSpan(dash + 1).ContainsAnyExcept(LowerHex))
        {
            return false;
        }

        DateTime cutoff = DateTime.UtcNow - LegacyPartialAge;
        if (Directory.GetLastWriteTimeUtc(dir) > cutoff)
        {
            return false;
        }

        foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            if (!OwnExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) || File.GetLastWriteTimeUtc(file) > cutoff)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
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

    /// <summary>
    /// Moves the finished files into place (replacing the old folder's contents when forced) and
    /// returns where they are: the target, or, when another process took it meanwhile, the first
    /// free <c>TARGET-2</c>, <c>TARGET-3</c> ... (also in <see cref="Final"/>). Results are never discarded.
    /// </summary>
    public string Commit()
    {
        if (Replace && Directory.Exists(Target))
        {
            // The old results move aside in one rename and the new ones take their place in
            // another; then only the files the old manifest lists are deleted. A file someone put
            // there after the check is kept, in the moved-aside folder, which then stays.
            string old = Target + ".teamsim-old-" + Guid.NewGuid().ToString("N")[..8];
            Directory.Move(Target, old);
            if (TryMove(TempPath, Target))
            {
                Final = Target;
                DeleteListedFiles(old);
            }
            else
            {
                // Someone wrote the target between the two renames: keep both, the old results aside.
                Final = MoveToFreeName();
            }
        }
        else
        {
            Final = TryMove(TempPath, Target) ? Target : MoveToFreeName();
        }

        _committed = true;
        return Final;
    }

    private string MoveToFreeName()
    {
        for (int i = 2; ; i++)
        {
            string candidate = string.Create(CultureInfo.InvariantCulture, $"{Target}-{i}");
            if (TryMove(TempPath, candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Renames a folder; false when the destination exists (or appeared during the rename), other failures throw.</summary>
    internal static bool TryMove(string from, string to)
    {
        if (Directory.Exists(to) || File.Exists(to))
        {
            return false;
        }

        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (IOException) when (Directory.Exists(to) || File.Exists(to))
        {
            return false;
        }
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
