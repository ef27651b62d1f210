using BenchmarkDotNet.Attributes;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Benchmarks;

/// <summary>
/// The sweep runner on a sweep of small runs, with one and with two worker threads: the speed-up
/// target of docs/PERFORMANCE.md is Mean(Threads = 1) / Mean(Threads = 2). Each invocation runs the
/// whole sweep into a real sweep folder (chunk files written, renamed and listed, as in
/// <c>teamsim sweep</c>), once the process is warm; the cold start of a CLI process is measured
/// separately, with the CLI's own timing line.
/// </summary>
/// <remarks>
/// The sweep is the shipped pressure-novelty grid (15 points x 2 policies of the classroom team of
/// 8) with its runs cut short: 200 replications of 100 ticks (6,000 runs) or 1,000 replications of
/// 1 tick (30,000 runs, where setting up a run is nearly all the work). Not sealed: BenchmarkDotNet
/// refuses sealed benchmark classes.
/// </remarks>
[MemoryDiagnoser]
public class SweepRunnerBenchmarks
{
    private SweepPlan _plan = null!;
    private string _root = null!;
    private SweepFolder _folder = null!;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; } = 1;

    /// <summary>Ticks per run: 100 (short runs) or 1 (set-up bound).</summary>
    [Params(100, 1)]
    public int Ticks { get; set; } = 100;

    /// <summary>Loads the sweep and picks a scratch folder.</summary>
    [GlobalSetup]
    public void LoadSweep()
    {
        int replications = Ticks == 1 ? 1000 : 200;
        string json = $$"""
            {
              "name": "bench-small-runs", "base": "classroom", "ticks": {{Ticks}}, "replications": {{replications}}, "seed": 20241102,
              "factors": [
                { "parameter": "incidents.severity_growth", "min": 0.005, "max": 0.2, "scale": "log", "levels": 5 },
                { "parameter": "incidents.novelty", "values": [0.0, 0.4, 0.8] }
              ],
              "design": { "type": "grid" },
              "metrics": ["total_damage", "incidents_resolved", "crises", "mean_arousal", "errors_made", "final_psych_safety"]
            }
            """;
        _plan = SweepLoader.WithScenarioBases(ScenarioLoader.Default).LoadText(json, "benchmark", ".").Plan;
        _root = Path.Combine(Path.GetTempPath(), $"teamsim-bench-sweep-{Environment.ProcessId}");
    }

    /// <summary>An empty sweep folder for each invocation (not timed).</summary>
    [IterationSetup]
    public void PrepareFolder() => _folder = SweepFolder.Prepare(_root, _plan, "bench-small-runs", SweepShard.Whole, resume: false, force: true);

    /// <summary>Runs every chunk of the sweep into the folder.</summary>
    [Benchmark]
    public long Sweep() => SweepRunner.Run(_plan, _folder, new SweepRunOptions(Threads, SweepShard.Whole)).RunsExecuted;

    /// <summary>Removes the scratch folder.</summary>
    [GlobalCleanup]
    public void RemoveFolder()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
