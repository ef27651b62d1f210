using System.Globalization;
using System.Text;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Explorer.Simulation;
using TeamSim.Output.Csv;

namespace TeamSim.Explorer.Tests.Simulation;

public sealed class SameNumbersTests
{
    [Fact]
    public void Explorer_runs_equal_the_CLI_runs_csv_for_the_same_setup_and_seed()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery(
            "ticks=80&reps=5&seed=77&team.size=6&incidents.profile=ramp&incidents.novelty=0.6&errors.protocol=true" +
            "&practices.review_interval=25&absence.top_expert_domain=0&absence.start=20&absence.duration=40" +
            "&a=command&a.leader.inquiry=0.3&b=inquiry");
        var session = new ExplorerSession(setup);
        while (!session.IsComplete)
        {
            session.RunNext();
        }

        ScenarioLoader loader = ScenarioLoader.Default;
        ResolvedScenario scenario = loader.Resolver.Resolve(loader.LoadText(ScenarioJson(setup), "explorer.json"));
        ExperimentResult cli = ReplicationRunner.Run(scenario, new RunnerOptions(Threads: 2));
        string path = Path.Combine(Path.GetTempPath(), "teamsim-explorer-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            ResultCsvWriter.WriteRuns(cli, path);
            string expected = File.ReadAllText(path);
            Assert.Equal(expected, session.RunsCsv());
            Assert.StartsWith("run,policy,replication,seed,ticks,leader.inquiry,", expected, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_same_setup_gives_the_same_numbers_twice()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=60&reps=3&seed=5");
        string[] csv = new string[2];
        for (int i = 0; i < 2; i++)
        {
            var session = new ExplorerSession(setup);
            while (!session.IsComplete)
            {
                session.RunNext();
            }

            csv[i] = session.RunsCsv();
        }

        Assert.Equal(csv[0], csv[1]);
    }

    /// <summary>The scenario file a user would write for the setup: situation as parameters, each policy as preset plus levers.</summary>
    private static string ScenarioJson(ExplorerSetup setup)
    {
        (string nameA, string nameB) = setup.PolicyNames;
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""{ "name": "explorer", "model": "team", "ticks": {{setup.Ticks}}, "replications": {{setup.Replications}}, "seed": {{setup.Seed}}, "parameters": {""");
        json.Append(Values(setup.SituationOverrides()));
        json.Append("}, \"policies\": [");
        json.Append(CultureInfo.InvariantCulture, $$"""{ "name": "{{nameA}}", "preset": "{{setup.A.Preset}}", "parameters": {{{Values(setup.A.Levers)}}} }, """);
        json.Append(CultureInfo.InvariantCulture, $$"""{ "name": "{{nameB}}", "preset": "{{setup.B.Preset}}", "parameters": {{{Values(setup.B.Levers)}}} }""");
        json.Append("] }");
        return json.ToString();
    }

    private static string Values(IReadOnlyDictionary<string, double> values) => string.Join(", ", values.Select(kv =>
    {
        Assert.True(TeamSim.Core.Team.TeamParameters.Registry.TryGet(kv.Key, out ParameterSpec spec));
        string value = spec.Kind switch
        {
            ParameterKind.Choice => "\"" + spec.FormatValue(kv.Value) + "\"",
            ParameterKind.Boolean => spec.FormatValue(kv.Value),
            _ => kv.Value.ToString("R", CultureInfo.InvariantCulture),
        };
        return $"\"{kv.Key}\": {value}";
    }));
}
