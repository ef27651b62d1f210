namespace TeamSim.Cli.Tests;

/// <summary>Every bad-input case of issue 4: exit code 2, a one-line message naming the problem, and nothing written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public BadInputTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Out => Path.Combine(_work, "out");

    private string Write(string name, string json)
    {
        string path = Path.Combine(_work, name);
        File.WriteAllText(path, json);
        return path;
    }

    private void AssertBadInput((int Code, string Out, string Err) result, string expected)
    {
        Assert.Equal(2, result.Code);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any(), "nothing may be written");
        Assert.Empty(Directory.GetDirectories(_work, ".teamsim-partial-*"));
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        string path = Path.Combine(_work, "nope.json");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: file not found");
    }

    [Fact]
    public void Malformed_json_names_file_line_and_position()
    {
        string path = Write("malformed.json", "{ \"name\": \"x\", ");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: line 1, position");
    }

    [Fact]
    public void An_unknown_key_names_its_path()
    {
        string path = Write("unknown.json", """{ "name": "x", "tem": 1 }""");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: $.tem: unknown key 'tem'");
    }

    [Fact]
    public void A_near_miss_parameter_gets_did_you_mean()
    {
        string path = Write("typo.json", """{ "parameters": { "leader": { "inquiri": 0.5 } } }""");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: $.parameters.leader.inquiri: unknown parameter 'leader.inquiri' (did you mean 'leader.inquiry'?)");
    }

    [Fact]
    public void A_wrong_type_is_bad_input()
    {
        string path = Write("type.json", """{ "ticks": "300" }""");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: $.ticks: must be an integer in [1, 10000000], got \"300\"");
    }

    [Fact]
    public void An_out_of_range_value_is_bad_input()
    {
        string path = Write("range.json", """{ "parameters": { "team": { "size": -3 } } }""");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: $.parameters.team.size: must be an integer in [2, 100000], got -3");
    }

    [Fact]
    public void An_unknown_policy_in_a_file_is_bad_input()
    {
        string path = Write("policy.json", """{ "policies": ["command", "laissez-faire"] }""");
        AssertBadInput(CliRunner.Run("run", path, "--out", Out), $"{path}: $.policies[1]: unknown policy 'laissez-faire'");
    }

    [Fact]
    public void An_unknown_policy_option_is_bad_input()
    {
        AssertBadInput(CliRunner.Run("run", "classroom", "--policy", "nosuchpolicy", "--out", Out), "--policy nosuchpolicy: unknown policy");
    }

    [Fact]
    public void An_unknown_scenario_name_is_bad_input()
    {
        AssertBadInput(CliRunner.Run("run", "clasroom", "--out", Out), "(did you mean 'classroom'?)");
    }

    [Fact]
    public void An_unknown_set_path_is_bad_input()
    {
        AssertBadInput(CliRunner.Run("run", "classroom", "--set", "nosuch.param=3", "--out", Out), "--set nosuch.param=3: unknown parameter 'nosuch.param'");
    }

    [Fact]
    public void Negative_replications_are_bad_input()
    {
        AssertBadInput(CliRunner.Run("run", "classroom", "--replications", "-5", "--out", Out), "--replications: must be an integer in [1, 1000000], got -5");
    }

    [Fact]
    public void An_unparsable_option_value_is_a_usage_error()
    {
        AssertBadInput(CliRunner.Run("run", "classroom", "--seed", "abc", "--out", Out), "teamsim run: --seed abc: must be a whole number");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        AssertBadInput(CliRunner.Run("run", "classroom", "--replicatons", "5", "--out", Out), "teamsim run: unknown option '--replicatons'");
    }

    [Fact]
    public void A_team_too_large_for_memory_is_refused_with_estimate_and_limit()
    {
        AssertBadInput(CliRunner.Run("run", "classroom", "--set", "team.size=100000", "--out", Out), "of memory, over the limit of 4 GiB");
    }

    [Fact]
    public void A_scenario_name_with_a_path_is_refused()
    {
        string path = Write("evil.json", """{ "name": "../../evil" }""");
        AssertBadInput(CliRunner.Run("run", path), $"{path}: $.name: must be 1-64 letters");
        Assert.False(Directory.Exists(Path.Combine(_work, "..", "..", "evil")));
    }

    [Fact]
    public void A_non_empty_output_folder_is_refused_and_kept()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "keep.txt"), "keep");
        var result = CliRunner.Run("run", "classroom", "--out", Out, "--replications", "2", "--quiet");
        Assert.Equal(2, result.Code);
        Assert.Contains("output folder exists and is not empty", result.Err, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(Out, "keep.txt")));
    }

    [Fact]
    public void Validate_reports_problems_with_exit_2_and_ok_with_exit_0()
    {
        string bad = Write("bad.json", """{ "replications": 0 }""");
        var result = CliRunner.Run("validate", bad);
        Assert.Equal(2, result.Code);
        Assert.Contains($"{bad}: $.replications: must be an integer", result.Err, StringComparison.Ordinal);

        var ok = CliRunner.Run("validate", Path.Combine(CliRunner.RepoRoot(), "scenarios", "classroom.json"));
        Assert.Equal(0, ok.Code);
        Assert.Contains("ok", ok.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_where_a_file_is_expected_is_named_as_a_folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "teamsim-cli-tests", "a-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var run = CliRunner.Run("run", folder);
            Assert.Equal(2, run.Code);
            Assert.Equal($"{folder}: is a folder; give a scenario file (a .json file) or a built-in scenario name", run.Err.Trim());

            var sweep = CliRunner.Run("sweep", folder);
            Assert.Equal(2, sweep.Code);
            Assert.Equal($"{folder}: is a folder; give a sweep file (a .json file)", sweep.Err.Trim());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Analyze_on_a_run_folder_says_it_is_a_run_folder_without_a_json_type_error()
    {
        string parent = CliRunner.NewFolder();
        string dir = Path.Combine(parent, "run");
        try
        {
            Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", dir, "-r", "2", "-t", "5", "--no-plots", "--quiet").Code);
            var result = CliRunner.Run("analyze", dir);
            Assert.Equal(2, result.Code);
            Assert.Contains("results folder, not of a sweep", result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("could not be converted", result.Err, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(parent))
            {
                Directory.Delete(parent, true);
            }
        }
    }
}
