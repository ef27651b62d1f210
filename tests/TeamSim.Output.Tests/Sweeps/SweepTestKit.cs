using System.Security.Cryptography;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

/// <summary>Builds small fake-model sweeps and compares output folders byte for byte.</summary>
internal static class SweepTestKit
{
    public static SweepPlan Plan(double failAbove = 2, int replications = 4, bool independent = false, int chunkRuns = 3, ulong seed = 5)
    {
        var model = new FakeModelFactory();
        var defaults = model.Parameters.Defaults().With("fail_above", failAbove);
        SweepPolicy[] policies = [new("plain", defaults), new("noisy", defaults.With("b", 3))];
        Factor[] factors = [Factor.List("a", [0.1, 0.5, 0.9]), Factor.Range("c", 1, 5, isInteger: true, levels: 3)];
        return new SweepPlan(model, policies, factors, new SweepDesignSpec("grid"), replications, 20, seed, [], independent, chunkRuns);
    }

    public static SweepManifest? RunInto(string dir, SweepPlan plan, int threads = 1, SweepShard shard = default, bool resume = false)
    {
        SweepShard s = shard.Count == 0 ? SweepShard.Whole : shard;
        SweepFolder folder = SweepFolder.Prepare(dir, plan, "test", s, resume, force: false);
        SweepRunner.Run(plan, folder, new SweepRunOptions(threads, s));
        return folder.Finish();
    }

    /// <summary>Every file under the folder (relative path) with its SHA-256.</summary>
    public static SortedDictionary<string, string> Digest(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(dir, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }
}
