using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Cli.Tests;

/// <summary>An unexpected error (a bug) is one line in normal use; <c>--verbose</c> adds its type and stack trace.</summary>
public sealed class VerboseTests
{
    private const string Broken = "the parameter table is broken";

    /// <summary>A model whose parameter table throws, as a bug in a model would.</summary>
    private sealed class BrokenFactory : IModelFactory
    {
        private readonly FakeTeamModelFactory _inner = new();

        public string Name => "broken";

        public ParameterRegistry Parameters => throw new InvalidOperationException(Broken);

        public IReadOnlyList<MetricDefinition> TickMetrics => _inner.TickMetrics;

        public IReadOnlyList<MetricDefinition> RunMetrics => _inner.RunMetrics;

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => _inner.PolicyPresets;

        public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options) => _inner.Create(parameters, seeds, options);
    }

    /// <summary>A team model whose third run throws, as a bug in a model would.</summary>
    private sealed class FailingRunFactory : IModelFactory
    {
        private readonly FakeTeamModelFactory _inner = new();
        private int _created;

        public string Name => "team";

        public ParameterRegistry Parameters => _inner.Parameters;

        public IReadOnlyList<MetricDefinition> TickMetrics => _inner.TickMetrics;

        public IReadOnlyList<MetricDefinition> RunMetrics => _inner.RunMetrics;

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => _inner.PolicyPresets;

        public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options) =>
            Interlocked.Increment(ref _created) <= 2 ? _inner.Create(parameters, seeds, options) : throw new InvalidOperationException("the incident pool is empty");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_failed_run_names_the_policy_and_replication_and_only_verbose_shows_the_exception(bool verbose)
    {
        string[] args = ["run", "classroom", "--out", Path.Combine(CliRunner.NewFolder(), "x"), "-r", "2", "-t", "5", "--quiet", "--threads", "1"];
        var result = CliRunner.Run(new ModelCatalog([new FailingRunFactory()]), verbose ? [.. args, "--verbose"] : args);

        Assert.Equal(1, result.Code);
        string[] lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^run failed: policy '\w+', replication \d: the incident pool is empty$", lines[0].Trim());
        if (verbose)
        {
            Assert.Contains("System.InvalidOperationException: the incident pool is empty", result.Err, StringComparison.Ordinal);
            Assert.Contains(lines, l => l.TrimStart().StartsWith("at TeamSim.Cli.Tests.VerboseTests.FailingRunFactory.Create", StringComparison.Ordinal));
        }
        else
        {
            Assert.Single(lines);
            Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        }
    }

    private static ModelCatalog Models() => new([new FakeTeamModelFactory(), new BrokenFactory()]);

    [Fact]
    public void An_unexpected_error_is_one_line_with_no_type_name_or_stack_trace()
    {
        var result = CliRunner.Run(Models(), "params", "--model", "broken");

        Assert.Equal(1, result.Code);
        string line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"teamsim params: unexpected error (a bug in TeamSim, not in your input): {Broken}; run again with --verbose for the details to report", line.Trim());
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("params", "--model", "broken", "--verbose")]
    [InlineData("--verbose", "params", "--model", "broken")]
    public void With_verbose_an_unexpected_error_also_shows_its_type_and_stack_trace_on_stderr(params string[] args)
    {
        var result = CliRunner.Run(Models(), args);

        Assert.Equal(1, result.Code);
        Assert.Empty(result.Out);
        string[] lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"teamsim params: unexpected error (a bug in TeamSim, not in your input): {Broken}; details follow", lines[0], StringComparison.Ordinal);
        Assert.Contains($"System.InvalidOperationException: {Broken}", result.Err, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at TeamSim.Cli.Tests.VerboseTests.BrokenFactory.get_Parameters", StringComparison.Ordinal));
    }

    [Fact]
    public void Verbose_changes_nothing_for_bad_input_which_stays_one_line()
    {
        var result = CliRunner.Run("validate", "no-such-file.json", "--verbose");

        Assert.Equal(2, result.Code);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_names_dotnet_types_or_method_parameters_is_left_out_of_the_line()
    {
        string cast = CommandGuard.Unexpected("run", new InvalidCastException("Unable to cast object of type 'System.String' to type 'System.Int32'."), verbose: false);
        string argument = CommandGuard.Unexpected("sweep", new ArgumentException("must not be empty", "factors"), verbose: false);

        Assert.Equal("teamsim run: unexpected error (a bug in TeamSim, not in your input); run again with --verbose for the details to report", cast);
        Assert.Equal("teamsim sweep: unexpected error (a bug in TeamSim, not in your input): must not be empty; run again with --verbose for the details to report", argument);
    }
}
