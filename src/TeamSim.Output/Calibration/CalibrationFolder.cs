using System.Globalization;
using System.Text.Json;
using TeamSim.Experiments;
using TeamSim.Experiments.Calibration;
using TeamSim.Output.Manifest;

namespace TeamSim.Output.Calibration;

/// <summary>
/// The output folder of a calibration and the crash-safe store of its generations. Each finished
/// generation is written to <c>.partial/</c> (temporary file, checksum, rename), so after
/// <c>kill -9</c> the folder holds whole generations only and <c>--resume</c> continues from the last
/// one. <see cref="CalibrationWriter"/> then writes the final files and removes <c>.partial/</c>; a
/// folder with manifest.json and no <c>.partial/</c> is a finished calibration.
/// </summary>
public sealed class CalibrationFolder : ICalibrationStore
{
    /// <summary>Folder of the generations while a calibration runs.</summary>
    public const string PartialDirectory = ".partial";

    /// <summary>The file in <see cref="PartialDirectory"/> that says which calibration the folder holds.</summary>
    public const string StateFile = "state.json";

    /// <summary>The <c>format</c> field of <see cref="StateFile"/>.</summary>
    public const string StateFormat = "teamsim-calibration-state";

    private readonly CalibrationDefinition _definition;

    private CalibrationFolder(string root, CalibrationDefinition definition, bool complete)
    {
        Root = root;
        _definition = definition;
        IsComplete = complete;
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>Where generations go while running.</summary>
    public string PartialPath => Path.Combine(Root, PartialDirectory);

    /// <summary>True when the folder already holds this finished calibration (a resume has nothing to do).</summary>
    public bool IsComplete { get; }

    /// <summary>
    /// True when <paramref name="root"/> holds a calibration that has not finished (its <c>.partial/state.json</c>),
    /// so that <c>--resume</c> can continue it.
    /// </summary>
    public static bool IsUnfinished(string root) => File.Exists(Path.Combine(root, PartialDirectory, StateFile));

    /// <summary>
    /// Opens a calibration's folder (named with <c>--out</c>, or a default one from <see cref="StudyFolders.ForStudy"/>):
    /// a new or empty folder, or one just claimed (only an empty <c>.partial/</c>), starts fresh; a folder with a calibration
    /// needs <paramref name="resume"/> (same calibration: continue) or <paramref name="force"/> (start
    /// over, deleting only TeamSim's files).
    /// </summary>
    /// <exception cref="InputException">The folder holds something else or another calibration, or cannot be written.</exception>
    public static CalibrationFolder Prepare(string root, CalibrationDefinition definition, bool resume, bool force)
    {
        ArgumentNullException.ThrowIfNull(definition);
        try
        {
            if (File.Exists(root))
            {
                throw new InputException($"{root}: --out: is a file, not a folder");
            }

            string partial = Path.Combine(root, PartialDirectory);
            string state = Path.Combine(partial, StateFile);
            string manifest = Path.Combine(root, ResultsManifest.FileName);
            bool hasEntries = !StudyFolders.IsNew(root, PartialDirectory);
            if (force && hasEntries)
            {
                DeleteOwnFiles(root);
            }
            else if (resume)
            {
                if (File.Exists(manifest) && !Directory.Exists(partial))
                {
                    CheckSame(root, ManifestHash(manifest), definition);
                    return new CalibrationFolder(root, definition, complete: true);
                }

                if (!File.Exists(state))
                {
                    throw new InputException($"{root}: --resume: the folder holds no unfinished calibration; run without --resume to start one");
                }

                CheckSame(root, StateHash(state), definition);
            }
            else if (hasEntries)
            {
                string held = File.Exists(manifest) && !Directory.Exists(partial)
                    ? "holds a finished calibration; use another --out, or --force to run it again"
                    : File.Exists(state)
                        ? "holds an unfinished calibration; use --resume to continue it or --force to start over"
                        : "is not empty; use another --out, or --force to start over";
                throw new InputException($"{root}: --out: folder {held}");
            }

            Directory.CreateDirectory(partial);
            foreach (string temp in Directory.EnumerateFiles(partial, "*.tmp"))
            {
                File.Delete(temp);
            }

            if (!File.Exists(state))
            {
                WriteState(root, definition);
            }

            var folder = new CalibrationFolder(root, definition, complete: false);
            folder.Completed(); // every kept generation is checked before the calibration builds on it
            return folder;
        }
        catch (IOException e)
        {
            throw new InputException($"{root}: --out: cannot use the folder: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{root}: --out: cannot use the folder: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    /// <exception cref="InputException">A kept generation is damaged or from another calibration.</exception>
    public IReadOnlyList<CalibrationGeneration> Completed()
    {
        var generations = new List<CalibrationGeneration>();
        for (int n = 1; ; n++)
        {
            string path = Path.Combine(PartialPath, CalibrationStateFile.Name(n));
            if (!File.Exists(path))
            {
                return generations;
            }

            generations.Add(CalibrationStateFile.Read(path, n, _definition));
        }
    }

    /// <inheritdoc />
    public void Save(CalibrationGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        CalibrationStateFile.Write(PartialPath, _definition.Hash(), generation);
    }

    private static void WriteState(string root, CalibrationDefinition definition)
    {
        using var stream = new FileStream(Path.Combine(root, PartialDirectory, StateFile), FileMode.Create, FileAccess.Write, FileShare.None);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteString("format", StateFormat);
        json.WriteString("name", definition.Name);
        json.WriteString("source", definition.Source);
        json.WriteString("calibration_hash", definition.Hash());
        json.WriteEndObject();
    }

    private static string? StateHash(string path) => ReadHash(path, StateFormat, root => root);

    private static string? ManifestHash(string path) => ReadHash(path, ResultsManifest.Format, root => root.TryGetProperty("calibration", out JsonElement c) ? c : null);

    private static string? ReadHash(string path, string format, Func<JsonElement, JsonElement?> holder)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("format", out JsonElement f) && f.ValueKind == JsonValueKind.String && f.GetString() == format
                && holder(root) is JsonElement h && h.TryGetProperty("calibration_hash", out JsonElement hash) && hash.ValueKind == JsonValueKind.String
                ? hash.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void CheckSame(string root, string? found, CalibrationDefinition definition)
    {
        if (found != definition.Hash())
        {
            string what = found is null ? "something that is not a calibration" : $"a different calibration (hash {found[..Math.Min(12, found.Length)]}, this file {definition.Hash()[..12]})";
            throw new InputException($"{root}: --resume: the folder holds {what}; use another --out or --force to start over");
        }
    }

    /// <summary>Deletes TeamSim's files (those its manifest lists, and an unfinished calibration's <c>.partial/</c>); refuses when anything else is there.</summary>
    private static void DeleteOwnFiles(string root)
    {
        string full = Path.GetFullPath(root);
        string partial = Path.Combine(full, PartialDirectory);
        bool ownPartial = StateHash(Path.Combine(partial, StateFile)) is not null;
        IReadOnlySet<string> listed = ResultsManifest.ListedFiles(full) ?? new HashSet<string>();
        List<string> foreign = ResultsManifest.ForeignFiles(full, listed)
            .Where(f => !(ownPartial && f.StartsWith(PartialDirectory + "/", StringComparison.Ordinal)))
            .ToList();
        if (foreign.Count > 0)
        {
            string more = foreign.Count > 3 ? $" and {foreign.Count - 3} more" : string.Empty;
            throw new InputException($"{root}: --force would delete files TeamSim did not write ({string.Join(", ", foreign.Take(3))}{more}); move them out of the folder or choose another --out");
        }

        if (ownPartial)
        {
            Directory.Delete(partial, recursive: true);
        }

        foreach (string relative in listed)
        {
            string path = OutputFolder.Combine(full, relative);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        foreach (string dir in Directory.EnumerateDirectories(full, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
    }
}
