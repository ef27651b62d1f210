using System.Text.Json;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

/// <summary>A manifest's design block names only the settings of its kind, and reads back whole.</summary>
public sealed class SweepManifestDesignTests
{
    public static TheoryData<string, string[]> Kinds() => new()
    {
        { "grid", ["kind"] },
        { "lhs", ["kind", "points", "candidates"] },
        { "sobol", ["kind", "base_samples", "second_order"] },
        { "morris", ["kind", "trajectories", "levels", "candidates"] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_design_block_has_only_its_kinds_settings_and_reads_back_equal(string kind, string[] keys)
    {
        SweepDesignSpec spec = kind switch
        {
            "lhs" => new SweepDesignSpec("lhs", Points: 64, Candidates: 10),
            "sobol" => new SweepDesignSpec("sobol", BaseSamples: 256, SecondOrder: true),
            "morris" => new SweepDesignSpec("morris", Candidates: 40, Trajectories: 10, Levels: 6),
            _ => new SweepDesignSpec("grid"),
        };
        using var dir = new TempDir();
        string path = dir.Sub("manifest.json");
        SweepManifest manifest = SweepManifest.From(SweepTestKit.Plan(), "test", SweepShard.Whole) with { Design = spec };
        manifest.Write(path);

        using JsonDocument written = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(keys, written.RootElement.GetProperty("design").EnumerateObject().Select(p => p.Name));
        Assert.Equal(spec, SweepManifest.Read(path).Design);
    }

    [Fact]
    public void A_manifest_written_with_every_design_field_still_reads()
    {
        using var dir = new TempDir();
        string path = dir.Sub("manifest.json");
        SweepManifest.From(SweepTestKit.Plan(), "test", SweepShard.Whole).Write(path);
        string text = File.ReadAllText(path).Replace(
            "\"design\": {\n    \"kind\": \"grid\"\n  }",
            "\"design\": {\n    \"kind\": \"morris\",\n    \"points\": 0,\n    \"candidates\": 40,\n    \"base_samples\": 0,\n    \"second_order\": false,\n    \"trajectories\": 10,\n    \"levels\": 4\n  }",
            StringComparison.Ordinal);
        Assert.Contains("base_samples", text, StringComparison.Ordinal);
        File.WriteAllText(path, text);

        Assert.Equal(new SweepDesignSpec("morris", Candidates: 40, Trajectories: 10, Levels: 4), SweepManifest.Read(path).Design);
    }
}
