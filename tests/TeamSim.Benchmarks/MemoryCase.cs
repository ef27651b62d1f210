using System.Globalization;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Benchmarks;

/// <summary>
/// One <c>teamsim run classroom</c> of the memory table: team size, ticks, replications, worker
/// threads and policies (plots and report on, as by default).
/// </summary>
/// <param name="Team">team.size.</param>
/// <param name="Ticks">Horizon.</param>
/// <param name="Replications">Replications per policy.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="Policy">Run only this policy (<c>--policy</c>); empty: both of the scenario's.</param>
internal sealed record MemoryCase(int Team, int Ticks, int Replications, int Threads, string Policy = "")
{
    /// <summary>The scenario every case runs (two policies).</summary>
    public const string Scenario = "classroom";

    /// <summary>The <c>teamsim</c> command line of the case, writing to <paramref name="folder"/> (recorded in its manifest).</summary>
    public string[] Arguments(string folder) =>
    [
        "run", Scenario, "--set", Invariant($"team.size={Team}"), "--ticks", Invariant($"{Ticks}"),
        "--replications", Invariant($"{Replications}"), "--threads", Invariant($"{Threads}"),
        "--out", folder, "--quiet", "--max-memory-gb", "1000", .. (Policy.Length > 0 ? new[] { "--policy", Policy } : []),
    ];

    /// <summary>The estimate <c>teamsim run</c> checks against <c>--max-memory-gb</c> for this case.</summary>
    public double EstimateBytes()
    {
        var loader = new ScenarioLoader(BuiltInModels.Catalog);
        ResolvedScenario resolved = loader.Resolver.Resolve(loader.Resolver.ApplyOverrides(loader.Load(Scenario), Overrides()));
        return ResourceEstimate.For(resolved, new RunnerOptions(Threads).EffectiveThreads, events: false).Bytes;
    }

    /// <summary>The case's overrides of the scenario, as its command line gives them.</summary>
    public ScenarioOverrides Overrides() =>
        new(Replications, null, Ticks, Policy.Length > 0 ? [Policy] : [], [Invariant($"team.size={Team}")]);

    /// <summary>Parses a <c>memory-case</c> command line: the four numbers, then the policy or "".</summary>
    public static MemoryCase Parse(IReadOnlyList<string> args) =>
        new(Int(args[0]), Int(args[1]), Int(args[2]), Int(args[3]), args[4]);

    /// <summary>The four numbers and the policy, for a child's command line and the peaks CSV.</summary>
    public IEnumerable<string> Fields() => [Invariant($"{Team}"), Invariant($"{Ticks}"), Invariant($"{Replications}"), Invariant($"{Threads}"), Policy];

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
