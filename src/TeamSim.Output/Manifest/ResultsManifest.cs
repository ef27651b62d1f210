using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamSim.Output.Manifest;

/// <summary>
/// What a results folder's manifest.json says about the folder itself: that TeamSim wrote it (the
/// <see cref="Format"/> marker) and which files are TeamSim's (the <c>files</c> list, kept up to date
/// by every command that adds a file later). <c>--force</c> relies on both: it only ever deletes
/// files the manifest lists.
/// </summary>
public static class ResultsManifest
{
    /// <summary>The value of the manifest's <c>format</c> field in every results folder TeamSim writes.</summary>
    public const string Format = "teamsim-results";

    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>
    /// The files the folder's manifest lists as TeamSim's (relative paths with '/'; the manifest
    /// itself included), or null when there is no manifest or it is not a TeamSim results manifest.
    /// </summary>
    public static IReadOnlySet<string>? ListedFiles(string folder)
    {
        JsonObject? manifest = Load(folder);
        if (manifest?["files"] is not JsonArray files)
        {
            return null;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal) { FileName };
        foreach (JsonNode? file in files)
        {
            if (file is JsonValue value && value.TryGetValue(out string? name))
            {
                listed.Add(name);
            }
        }

        return listed;
    }

    /// <summary>
    /// Files under <paramref name="folder"/> (relative paths with '/', in ordinal order) that
    /// <paramref name="listed"/> does not name: what TeamSim did not write.
    /// </summary>
    public static IReadOnlyList<string> ForeignFiles(string folder, IReadOnlySet<string> listed)
    {
        string root = Path.GetFullPath(folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !listed.Contains(relative))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Adds <paramref name="relativePath"/> to the files a TeamSim manifest in <paramref name="folder"/>
    /// lists (written to a temporary file, then renamed over the manifest). Does nothing when the
    /// folder has no TeamSim manifest or already lists the file.
    /// </summary>
    public static void AddFile(string folder, string relativePath)
    {
        JsonObject? manifest = Load(folder);
        if (manifest?["files"] is not JsonArray files || files.Any(f => f is JsonValue v && v.TryGetValue(out string? s) && s == relativePath))
        {
            return;
        }

        files.Add(relativePath);
        string path = Path.Combine(folder, FileName);
        string temp = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n" }) + "\n");
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The folder's manifest as a JSON object when it is a TeamSim results manifest, else null.</summary>
    private static JsonObject? Load(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) is JsonObject o && o["format"] is JsonValue f && f.TryGetValue(out string? format) && format == Format
                ? o
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
