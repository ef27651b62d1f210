using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Output.Tests;

/// <summary>Small results from the fake model, and scratch folders that clean up after themselves.</summary>
internal static class TestResults
{
    public static ExperimentResult Run(int threads = 2, int reps = 6, int ticks = 12, bool events = false)
    {
        var loader = new ScenarioLoader(FakeTeamModelFactory.Catalog());
        ResolvedScenario s = loader.Resolver.Resolve(loader.LoadText(
            $$"""{ "name": "fake", "ticks": {{ticks}}, "replications": {{reps}}, "seed": 5, "policies": ["command", "inquiry", { "name": "inquiry+rotation", "preset": "inquiry", "parameters": { "practices.rotation_interval": 50 } }] }""",
            "fake.json"));
        return ReplicationRunner.Run(s, new RunnerOptions(threads, events));
    }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "teamsim-tests", Guid.NewGuid().ToString("N"));

    public static OutputRequest Request(string target, bool plots = false, bool force = false, bool events = false) =>
        new(target, force, plots, events, 2, DateTimeOffset.UnixEpoch, 0.5, ["run", "fake"]);
}
