namespace TeamSim.Cli.Tests;

/// <summary>Issue 22: 'teamsim help', a short top-level help, and parse errors in the user's words with a "did you mean".</summary>
public sealed class HelpAndUsageErrorTests
{
    /// <summary>What a .NET type name or a C# parameter name looks like in a message.</summary>
    private static void AssertNoDotNetInternals(string text)
    {
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    /// <summary>Exit 2 and exactly one line on stderr, nothing on stdout.</summary>
    private static string AssertOneLineUsageError((int Code, string Out, string Err) result)
    {
        Assert.Equal(2, result.Code);
        Assert.Equal(string.Empty, result.Out);
        string[] lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        AssertNoDotNetInternals(result.Err);
        return lines[0];
    }

    [Fact]
    public void Teamsim_help_lists_every_command_one_line_each()
    {
        var result = CliRunner.Run("help");
        Assert.Equal(0, result.Code);
        foreach (string command in new[] { "run", "scenarios", "params", "validate", "schema", "march", "sweep", "merge", "analyze", "slurm", "report", "classroom", "explore" })
        {
            Assert.Matches($@"(?m)^  {command}\s+\S", result.Out);
        }
    }

    [Fact]
    public void Top_level_help_is_short_and_the_same_as_teamsim_help()
    {
        var help = CliRunner.Run("--help");
        Assert.Equal(0, help.Code);
        Assert.True(help.Out.Split('\n').Length <= 30, $"top-level --help has {help.Out.Split('\n').Length} lines");
        Assert.Equal(CliRunner.Run("help").Out, help.Out);
        Assert.Equal(help.Out, CliRunner.Run("-h").Out);
    }

    [Fact]
    public void Every_command_has_a_one_line_summary()
    {
        var root = CommandCatalog.Build(Experiments.Tests.Fakes.FakeTeamModelFactory.Catalog());
        foreach (var command in root.Subcommands)
        {
            Assert.True(CommandCatalog.Summaries.ContainsKey(command.Name), $"no summary for '{command.Name}'");
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    [InlineData("explore")]
    public void Teamsim_help_command_prints_the_same_text_as_its_help_option(string command)
    {
        var viaHelp = CliRunner.Run("help", command);
        var viaOption = CliRunner.Run(command, "--help");
        Assert.Equal(0, viaHelp.Code);
        Assert.Equal(viaOption.Out, viaHelp.Out);
        Assert.Contains("Examples:", viaHelp.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_for_a_mistyped_command_suggests_the_right_one()
    {
        string line = AssertOneLineUsageError(CliRunner.Run("help", "rnu"));
        Assert.Contains("unknown command 'rnu' (did you mean 'run'?)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_option_gets_did_you_mean_with_the_right_option()
    {
        // teamsim run classroom --replicatons 5
        string line = AssertOneLineUsageError(CliRunner.Run("run", "classroom", "--replicatons", "5"));
        Assert.Contains("did you mean '--replications'?", line, StringComparison.Ordinal);
        Assert.Contains("'--replicatons'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_command_gets_did_you_mean_even_before_a_valid_command_name()
    {
        // teamsim rnu classroom: 'classroom' is a command too, but the mistake is 'rnu'.
        string line = AssertOneLineUsageError(CliRunner.Run("rnu", "classroom"));
        Assert.Contains("unknown command 'rnu' (did you mean 'run'?)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_option_of_the_root_gets_did_you_mean()
    {
        // teamsim --versoin
        string line = AssertOneLineUsageError(CliRunner.Run("--versoin"));
        Assert.Contains("did you mean '--version'?", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_seed_names_the_option_and_what_is_allowed_without_type_names()
    {
        // teamsim run classroom --seed -5
        string line = AssertOneLineUsageError(CliRunner.Run("run", "classroom", "--seed", "-5"));
        Assert.Contains("--seed -5: must be a whole number in [0, 18446744073709551615]", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threads abc: must be an integer", "run", "classroom", "--threads", "abc")]
    [InlineData("missing SCENARIO", "run")]
    [InlineData("unexpected argument 'b'", "run", "a", "b")]
    [InlineData("no command given", new string[0])]
    public void Other_usage_errors_are_one_line_in_the_users_words(string expected, params string[] args)
    {
        string line = AssertOneLineUsageError(CliRunner.Run(args));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_suggestions_come_from_the_shared_name_suggester()
    {
        Assert.Equal("--replications", Core.Parameters.NameSuggester.Closest("--replicatons", UsageErrors.OptionNames(
            CommandCatalog.Build(Experiments.Tests.Fakes.FakeTeamModelFactory.Catalog()).Subcommands.First(c => c.Name == "run"))));
    }
}
