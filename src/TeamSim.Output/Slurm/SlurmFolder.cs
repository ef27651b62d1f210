using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamSim.Experiments;
using TeamSim.Experiments.Slurm;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Output.Slurm;

/// <summary>
/// Writes the folder of a sweep run on Slurm: a copy of the sweep file (and of its base scenario
/// file, if any) so jobs do not depend on the working folder, the job-array, merge and submit
/// scripts, and empty <c>shards/</c> and <c>logs/</c> folders. Writing it again for the same sweep
/// and shard count is allowed (the shards then resume); anything else in the folder is refused.
/// </summary>
public static partial class SlurmFolder
{
    /// <summary>The record of what the folder holds (sweep hash, shard count).</summary>
    public const string StateFile = "slurm.json";

    /// <summary>Folder of the sweep copy (and of its base scenario, under <c>base/</c>).</summary>
    public const string SweepDirectory = "sweep";

    private const string Format = "teamsim-slurm/1";

    /// <summary>Checks the target, copies the sweep, writes the scripts; returns the study.</summary>
    /// <param name="target">The study folder (--out).</param>
    /// <param name="sweepPath">The sweep file as given.</param>
    /// <param name="sweep">The sweep, already loaded and validated from <paramref name="sweepPath"/>.</param>
    /// <param name="options">Shards and resources.</param>
    /// <param name="launcher">The command that starts this teamsim (<see cref="TeamSimLauncher.Command"/>).</param>
    /// <param name="planHash">Loads a sweep file and returns its plan hash; used to prove the copy runs the same sweep.</param>
    /// <exception cref="InputException">The folder cannot be used, or the sweep has fewer chunks than shards.</exception>
    public static SlurmStudy Write(string target, string sweepPath, SweepDefinition sweep, SlurmOptions options, IReadOnlyList<string> launcher, Func<string, string> planHash)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(planHash);
        string folder = Path.GetFullPath(target);
        if (!PathPattern().IsMatch(folder))
        {
            throw new InputException($"{target}: --out: the job scripts need a folder path of letters, digits and . _ - / + , @ = : ~ only (no spaces), got '{folder}'");
        }

        SweepPlan plan = sweep.Plan;
        if (options.Shards > plan.ChunkCount)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--shards: the sweep '{sweep.Name}' has {plan.TotalRuns} runs in {plan.ChunkCount} chunks of {plan.ChunkRuns}; use at most {plan.ChunkCount} shards (or a smaller chunk_runs in the sweep file), got {options.Shards}"));
        }

        string hash = plan.Hash();
        bool existed = CheckTarget(target, folder, hash, options.Shards);
        try
        {
            string sweepFile = CopySweep(sweepPath, Path.Combine(folder, SweepDirectory));
            string copied = Path.Combine(folder, sweepFile);
            string copiedHash = planHash(copied);
            if (copiedHash != hash)
            {
                throw new InputException($"{sweepPath}: the copy in {copied} does not define the same sweep (plan hash {copiedHash[..12]}, original {hash[..12]}); does its base scenario refer to other files?");
            }

            var study = new SlurmStudy(folder, sweepFile, sweep.Name, plan.TotalRuns, plan.ChunkCount, options, launcher);
            Directory.CreateDirectory(Path.Combine(folder, SlurmStudy.ShardsDirectory));
            Directory.CreateDirectory(Path.Combine(folder, SlurmStudy.LogsDirectory));
            WriteScript(Path.Combine(folder, SlurmStudy.ArrayScript), SlurmScripts.Array(study));
            WriteScript(Path.Combine(folder, SlurmStudy.MergeScript), SlurmScripts.Merge(study));
            WriteScript(Path.Combine(folder, SlurmStudy.SubmitScript), SlurmScripts.Submit(study));
            var state = new JsonObject
            {
                ["format"] = Format,
                ["sweep"] = sweep.Name,
                ["sweep_hash"] = hash,
                ["shards"] = options.Shards,
            };
            WriteText(Path.Combine(folder, StateFile), state.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            return study;
        }
        catch (Exception e) when (!existed && e is InputException or IOException or UnauthorizedAccessException)
        {
            // Nothing is left behind on failure in a folder this call created.
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>True when the folder already held this study (same sweep, same shards); throws when it holds anything else.</summary>
    private static bool CheckTarget(string target, string folder, string hash, int shards)
    {
        if (File.Exists(folder))
        {
            throw new InputException($"{target}: --out: is a file, not a folder");
        }

        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.CreateDirectory(folder);
            return false;
        }

        string state = Path.Combine(folder, StateFile);
        if (!File.Exists(state))
        {
            throw new InputException($"{target}: --out: folder is not empty and holds no 'teamsim slurm' study; use a new folder");
        }

        JsonNode? found;
        try
        {
            found = JsonNode.Parse(File.ReadAllText(state));
        }
        catch (JsonException e)
        {
            throw new InputException($"{state}: unreadable ({e.Message}); use a new folder", e);
        }

        string? foundHash = found?["sweep_hash"]?.GetValue<string>();
        int? foundShards = found?["shards"]?.GetValue<int>();
        if (foundHash != hash || foundShards != shards)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{target}: --out: the folder holds another study (sweep hash {foundHash?[..Math.Min(12, foundHash.Length)]}, {foundShards} shards; this one {hash[..12]}, {shards} shards); use a new folder"));
        }

        return true;
    }

    /// <summary>Copies the sweep file into <paramref name="into"/>, with its base scenario file under <c>base/</c>; returns the copy's path relative to the study folder.</summary>
    private static string CopySweep(string sweepPath, string into)
    {
        string text = File.ReadAllText(sweepPath);
        string name = Path.GetFileName(sweepPath);
        Directory.CreateDirectory(into);
        JsonNode? root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        string? baseName = root is JsonObject o && o["base"] is JsonValue v && v.TryGetValue(out string? b) ? b : null;
        string? baseFile = null;
        if (baseName is not null)
        {
            // The same order as the sweep loader: beside the sweep file, then the working folder, else a built-in name.
            string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sweepPath)) ?? ".", baseName);
            baseFile = File.Exists(beside) ? beside : File.Exists(baseName) ? baseName : null;
        }

        if (baseFile is null)
        {
            WriteText(Path.Combine(into, name), text);
        }
        else
        {
            string baseCopy = "base/" + Path.GetFileName(baseFile);
            Directory.CreateDirectory(Path.Combine(into, "base"));
            WriteText(Path.Combine(into, baseCopy), File.ReadAllText(baseFile));
            root!["base"] = baseCopy;
            WriteText(Path.Combine(into, name), root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        return SweepDirectory + "/" + name;
    }

    private static void WriteScript(string path, string text)
    {
        WriteText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    /// <summary>Writes to a temporary name, then renames, so a file is complete or absent.</summary>
    private static void WriteText(string path, string text)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    [GeneratedRegex(@"^[A-Za-z0-9._/+,@=:~\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();
}
