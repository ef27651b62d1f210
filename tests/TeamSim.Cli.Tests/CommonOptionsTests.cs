using System.CommandLine;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Cli.Tests;

/// <summary>The options every command shares come from one factory: the same names, aliases, help and checks everywhere.</summary>
public sealed class CommonOptionsTests
{
    private static IEnumerable<(string Command, Option Option)> SharedOptions()
    {
        RootCommand root = CommandCatalog.Build(FakeTeamModelFactory.Catalog());
        foreach (Command command in root.Subcommands)
        {
            foreach (Option option in command.Options.Where(o => o.Name is "--quiet" or "--threads" or "--max-memory-gb" or "--max-member-ticks" or "--format"))
            {
                yield return (command.Name, option);
            }
        }
    }

    [Fact]
    public void Each_shared_option_has_one_alias_set_and_one_help_text_in_every_command()
    {
        var byName = SharedOptions().GroupBy(o => o.Option.Name).ToDictionary(g => g.Key, g => g.ToList());

        Assert.True(byName["--quiet"].Count >= 6, string.Join(", ", byName["--quiet"].Select(o => o.Command)));
        Assert.True(byName["--threads"].Count >= 4, string.Join(", ", byName["--threads"].Select(o => o.Command)));
        Assert.Equal(["params", "scenarios"], byName["--format"].Select(o => o.Command).Order(StringComparer.Ordinal));
        foreach ((string name, var uses) in byName.Where(kv => kv.Key is "--quiet" or "--threads" or "--format"))
        {
            Assert.Single(uses.Select(u => u.Option.Description).Distinct());
            Assert.Single(uses.Select(u => string.Join(",", u.Option.Aliases.Order(StringComparer.Ordinal))).Distinct());
        }
    }

    [Fact]
    public void Every_command_lists_verbose_in_its_help()
    {
        foreach (string command in CommandCatalog.Summaries.Keys)
        {
            var result = CliRunner.Run("help", command);
            Assert.True(result.Code == 0, command + ": " + result.Err);
            Assert.Contains("--verbose", result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("run", "classroom")]
    [InlineData("ablate", "classroom")]
    [InlineData("march")]
    [InlineData("sweep", "no-such-sweep.json")]
    [InlineData("calibrate", "no-such-calibration.json")]
    public void Threads_out_of_range_is_refused_alike_by_every_command_that_has_it_before_its_input_is_read(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--threads", "2000"]);

        Assert.Equal(2, result.Code);
        Assert.Equal("--threads: must be an integer in [0, 1024], got 2000", result.Err.Trim());
    }

    [Theory]
    [InlineData("run", "--max-memory-gb", "0")]
    [InlineData("ablate", "--max-member-ticks", "-1")]
    [InlineData("calibrate", "--max-memory-gb", "-1")]
    public void Resource_limits_must_be_positive_in_every_command_that_has_them(string command, string option, string value)
    {
        var result = CliRunner.Run(command, "classroom", option, value);

        Assert.Equal(2, result.Code);
        Assert.Equal("--max-memory-gb and --max-member-ticks must be positive", result.Err.Trim());
    }

    [Fact]
    public void Format_other_than_text_or_json_is_refused_by_scenarios_as_by_params()
    {
        var result = CliRunner.Run("scenarios", "--format", "yaml");

        Assert.Equal(2, result.Code);
        Assert.Equal("--format yaml: must be text or json", result.Err.Trim());
    }
}
