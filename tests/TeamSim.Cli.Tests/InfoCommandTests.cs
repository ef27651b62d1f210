using System.Text.Json;
using TeamSim.Core.Team;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

public sealed class InfoCommandTests
{
    [Fact]
    public void Scenarios_lists_every_built_in_scenario()
    {
        var result = CliRunner.Run("scenarios");
        Assert.Equal(0, result.Code);
        foreach (string name in new[] { "classroom", "escalating-crisis", "hospital-ward", "software-oncall", "expert-absence", "routine-drill" })
        {
            Assert.Contains(name, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Scenarios_as_json_give_every_built_in_scenario_with_its_model_policies_and_sizes()
    {
        var result = CliRunner.Run("scenarios", "--format", "json");

        Assert.True(result.Code == 0, result.Err);
        using JsonDocument doc = JsonDocument.Parse(result.Out);
        JsonElement[] listed = doc.RootElement.GetProperty("scenarios").EnumerateArray().ToArray();
        Assert.Equal(BuiltInScenarios.Names, listed.Select(s => s.GetProperty("name").GetString()));
        var loader = new ScenarioLoader(TeamSim.Experiments.Tests.Fakes.FakeTeamModelFactory.Catalog());
        foreach (JsonElement s in listed)
        {
            Scenario scenario = loader.Load(s.GetProperty("name").GetString()!);
            Assert.Equal(scenario.Model, s.GetProperty("model").GetString());
            Assert.Equal(scenario.Policies.Select(p => p.Name), s.GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(scenario.Ticks, s.GetProperty("ticks").GetInt32());
            Assert.Equal(scenario.Replications, s.GetProperty("replications").GetInt32());
            Assert.Equal(scenario.Seed, s.GetProperty("seed").GetUInt64());
            Assert.Equal(scenario.Description, s.GetProperty("description").GetString());
        }

        Assert.Equal(["command", "inquiry"], listed.Single(s => s.GetProperty("name").GetString() == "classroom").GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Params_lists_every_team_parameter_with_default_and_range()
    {
        var result = CliRunner.Run("params");
        Assert.Equal(0, result.Code);
        foreach (var spec in TeamParameters.Registry.Specs)
        {
            Assert.Contains(spec.Name, result.Out, StringComparison.Ordinal);
        }

        Assert.Matches(@"team\.size\s+8\s+an integer in \[2, 100000\]", result.Out);
        Assert.Equal(2, CliRunner.Run("params", "--model", "nosuch").Code);
    }

    [Fact]
    public void Schema_prints_valid_json_schema()
    {
        var result = CliRunner.Run("schema");
        Assert.Equal(0, result.Code);
        using JsonDocument doc = JsonDocument.Parse(result.Out);
        Assert.Equal("TeamSim scenario", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Help_shows_examples_and_exit_code_0()
    {
        var result = CliRunner.Run("run", "--help");
        Assert.Equal(0, result.Code);
        Assert.Contains("teamsim run classroom", result.Out, StringComparison.Ordinal);
        Assert.Contains("--replications", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void No_command_is_a_usage_error_or_help()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.Equal(2, result.Code);
        Assert.Contains("frobnicate", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_shows_each_parameters_source_and_lists_them_as_json_for_scripts()
    {
        var text = CliRunner.Run(BuiltInModels.Catalog, "params");
        Assert.Equal(0, text.Code);
        Assert.Contains("[source: Edmondson 1996]", text.Out, StringComparison.Ordinal);

        var json = CliRunner.Run(BuiltInModels.Catalog, "params", "--format", "json");
        Assert.Equal(0, json.Code);
        using JsonDocument doc = JsonDocument.Parse(json.Out);
        var parameters = doc.RootElement.GetProperty("parameters");
        Assert.Equal(TeamParameters.Registry.Specs.Count, parameters.GetArrayLength());
        var blame = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "leader.blame");
        Assert.Equal("Edmondson 1996", blame.GetProperty("source").GetString());
        Assert.Equal(0, blame.GetProperty("min").GetDouble());
        Assert.Equal(0.7, doc.RootElement.GetProperty("presets").GetProperty("command").GetProperty("leader.blame").GetDouble());

        var bad = CliRunner.Run(BuiltInModels.Catalog, "params", "--format", "xml");
        Assert.Equal(2, bad.Code);
        Assert.Equal("--format xml: must be text or json", bad.Err.Trim());
    }
}
