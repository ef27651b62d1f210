using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamSim.Experiments;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// manifest.json of a sweep folder: what the sweep was (model, design, factors, policies, sizes,
/// seed), its hash, and, once complete, the files with checksums. It holds no times or thread
/// counts, so it is identical however the sweep was executed.
/// </summary>
public sealed record SweepManifest
{
    /// <summary>The format tag.</summary>
    public const string CurrentFormat = "teamsim-sweep/1";

    /// <summary>Format tag, <see cref="CurrentFormat"/>.</summary>
    public string Format { get; init; } = CurrentFormat;

    /// <summary>SHA-256 of everything that decides the results (<see cref="SweepPlan.Hash"/>).</summary>
    public required string SweepHash { get; init; }

    /// <summary>The sweep's name.</summary>
    public required string Name { get; init; }

    /// <summary>Model name.</summary>
    public required string Model { get; init; }

    /// <summary>The design (written with only the settings its kind has).</summary>
    [JsonConverter(typeof(SweepDesignJson))]
    public required SweepDesignSpec Design { get; init; }

    /// <summary>Factors in design column order.</summary>
    public required IReadOnlyList<SweepFactorInfo> Factors { get; init; }

    /// <summary>Policy names in output order.</summary>
    public required IReadOnlyList<string> Policies { get; init; }

    /// <summary>Replications per point and policy.</summary>
    public required int Replications { get; init; }

    /// <summary>Horizon in ticks.</summary>
    public required int Ticks { get; init; }

    /// <summary>Master seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>True when design points had independent random streams.</summary>
    public required bool IndependentPoints { get; init; }

    /// <summary>Recorded run metrics.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>Design points.</summary>
    public required int Points { get; init; }

    /// <summary>Runs in the whole sweep.</summary>
    public required long Runs { get; init; }

    /// <summary>Runs per chunk.</summary>
    public required int ChunkRuns { get; init; }

    /// <summary>Chunks in the whole sweep.</summary>
    public required long Chunks { get; init; }

    /// <summary>The slice this folder holds, or null for a complete sweep.</summary>
    public SweepShardInfo? Shard { get; init; }

    /// <summary>Runs that threw (complete sweeps only).</summary>
    public long? FailedRuns { get; init; }

    /// <summary>Result files with checksums (complete sweeps only).</summary>
    public IReadOnlyList<SweepFileInfo>? Files { get; init; }

    /// <summary>TeamSim version that wrote it.</summary>
    public string TeamsimVersion { get; init; } = Version();

    /// <summary>Describes a plan (and optionally the shard being run).</summary>
    public static SweepManifest From(SweepPlan plan, string name, SweepShard shard)
    {
        SweepShardInfo? info = null;
        if (!shard.IsWhole)
        {
            (long first, long end) = shard.ChunkRange(plan.ChunkCount);
            info = new SweepShardInfo(shard.Index, shard.Count, first, end);
        }

        return new SweepManifest
        {
            SweepHash = plan.Hash(),
            Name = name,
            Model = plan.Model.Name,
            Design = plan.DesignSpec,
            Factors = plan.Factors.Select(SweepFactorInfo.From).ToArray(),
            Policies = plan.Policies.Select(p => p.Name).ToArray(),
            Replications = plan.Replications,
            Ticks = plan.Ticks,
            Seed = plan.Seed,
            IndependentPoints = plan.IndependentPoints,
            Metrics = plan.Metrics.ToArray(),
            Points = plan.Points,
            Runs = plan.TotalRuns,
            ChunkRuns = plan.ChunkRuns,
            Chunks = plan.ChunkCount,
            Shard = info,
        };
    }

    /// <summary>True when the file is a results manifest of <c>teamsim run</c> (its format marker).</summary>
    private static bool ResultsManifestMarker(string path)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("format", out JsonElement format)
                && format.ValueKind == JsonValueKind.String
                && format.GetString() == Manifest.ResultsManifest.Format;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads a manifest.</summary>
    /// <exception cref="InputException">Missing, unreadable or not a sweep manifest.</exception>
    public static SweepManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: file not found");
        }

        try
        {
            SweepManifest? manifest = JsonSerializer.Deserialize(File.ReadAllText(path), SweepManifestJson.Default.SweepManifest);
            if (manifest is null || manifest.Format != CurrentFormat)
            {
                throw new InputException($"{path}: $.format: not a {CurrentFormat} manifest");
            }

            return manifest;
        }
        catch (JsonException e)
        {
            // A run's results folder has a manifest too: say what it is instead of a JSON type error.
            string what = ResultsManifestMarker(path)
                ? "this is the manifest of a 'teamsim run' results folder, not of a sweep; analyze reads a folder written by 'teamsim sweep'"
                : $"not a sweep manifest (JSON path {e.Path ?? "$"})";
            throw new InputException($"{path}: {what}", e);
        }
    }

    /// <summary>Writes the manifest atomically (temporary file, then rename).</summary>
    public void Write(string path)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, SweepManifestJson.Default.SweepManifest) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    private static string Version() =>
        typeof(SweepManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}

/// <summary>
/// Compile-time JSON metadata for <see cref="SweepManifest"/>: reflection-based serialisation costs
/// about a tenth of a second of start-up in every sweep, shard and merge process.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SweepManifest))]
internal sealed partial class SweepManifestJson : JsonSerializerContext;
