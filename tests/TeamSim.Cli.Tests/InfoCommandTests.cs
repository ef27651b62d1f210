using System.Text.Json;
using TeamSim.Core.Team;

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
}
