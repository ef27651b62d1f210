using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Calibration;

public sealed class CalibrationLoaderTests
{
    private const string Minimal = """
        { "base": "fake", "policy": "inquiry",
          "factors": [ { "parameter": "leader.blame", "min": 0.01, "max": 1, "scale": "log" } ],
          "targets": [ { "metric": "report_rate", "value": 0.41, "sd": 0.02 } ] }
        """;

    private static string Problem(string json) => string.Join("\n", Assert.Throws<InputException>(() => CalibrationFiles.Load(json)).Problems);

    [Fact]
    public void A_minimal_file_gets_the_method_defaults_and_the_base_scenario_settings()
    {
        CalibrationDefinition d = CalibrationFiles.Load(Minimal);

        Assert.Equal("c", d.Name);
        Assert.Equal("inquiry", d.Policy.Name);
        Assert.Equal((40, 11UL, CalibrationLoader.DefaultReplications), (d.Ticks, d.Seed, d.Replications));
        Assert.Equal(new CalibrationMethod(), d.Method);
        Assert.Equal(FactorScale.Log, d.Factors[0].Scale);
        Assert.Equal(("report_rate", 0.41, 0.02), (d.Targets[0].Metric, d.Targets[0].Value, d.Targets[0].Sd));
        Assert.Equal(0.9, d.Policy.Parameters["leader.inquiry"]);
    }

    [Theory]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factor": [], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.1 } ] }""",
        "c.json: $.factor: unknown key 'factor' (did you mean 'factors'?)")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blme", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.1 } ] }""",
        "c.json: $.factors[0].parameter: unknown parameter 'leader.blme' (did you mean 'leader.blame'?)")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "values": [0, 1] } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.1 } ] }""",
        "c.json: $.factors[0].values: a calibration factor needs min and max (its uniform prior); lists of values are for sweeps")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rat", "value": 0.4, "sd": 0.1 } ] }""",
        "c.json: $.targets[0].metric: unknown metric \"report_rat\" (did you mean 'report_rate'?)")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0 } ] }""",
        "c.json: $.targets[0].sd: must be a number greater than 0 (the scale of an acceptable miss), got 0")]
    [InlineData("""{ "base": "fake", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.1 } ] }""",
        "c.json: $.policy: is required when the base scenario has several policies: one of command, inquiry")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.1 } ], "method": { "type": "abc-smcc" } }""",
        "c.json: $.method.type: must be abc-smc (did you mean 'abc-smc'?), got \"abc-smcc\"")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.1 } ], "method": { "particles": 5, "alpha": 1 } }""",
        "c.json: $.method.particles: must be an integer in [10, 100000], got 5\nc.json: $.method.alpha: must be a number in [0.1, 0.9], got 1")]
    [InlineData("""{ "base": "fake", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ] }""",
        "c.json: $.targets: is required: a list of {\"metric\": ..., \"value\": ..., \"sd\": ...}")]
    [InlineData("""{ "base": "nowhere", "factors": [], "targets": [] }""",
        "c.json: $.base: cannot load 'nowhere': nowhere: file not found")]
    public void A_bad_file_gets_one_line_per_problem_naming_the_field(string json, string expected)
    {
        string problems = Problem(json);

        Assert.StartsWith(expected, problems, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problems, StringComparison.Ordinal);
        Assert.All(problems.Split('\n'), line => Assert.StartsWith("c.json: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_calibration_over_the_member_tick_limit_is_refused_in_one_line()
    {
        CalibrationDefinition d = CalibrationFiles.Load(Minimal.Replace("\"policy\"", "\"ticks\": 5000, \"method\": { \"particles\": 100000, \"generations\": 50 }, \"policy\"", StringComparison.Ordinal));

        string? problem = d.SizeProblem(4.0 * 1024 * 1024 * 1024, 1e11, threads: 2);

        Assert.NotNull(problem);
        Assert.StartsWith("c.json: $.method: this calibration has 200000 + 49 x 100000 particles x 10 replications + a check of 100 = up to 51,000,100 runs of 5000 ticks, about", problem, StringComparison.Ordinal);
        Assert.Contains("--max-member-ticks", problem, StringComparison.Ordinal);
        Assert.Null(CalibrationFiles.Load(Minimal).SizeProblem(4.0 * 1024 * 1024 * 1024, 1e11, threads: 2));
    }
}
