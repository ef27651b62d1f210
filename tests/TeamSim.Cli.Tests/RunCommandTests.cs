using System.Text.Json;

namespace TeamSim.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void Run_writes_every_promised_file()
    {
        string dir = Path.Combine(_work, "c");
        var result = CliRunner.Run("run", "classroom", "--out", dir, "--replications", "4", "--ticks", "30", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Assert.Equal(string.Empty, result.Out);
        foreach (string file in new[] { "manifest.json", "runs.csv", "timeseries.csv", "summary.csv", "comparison.csv", "plots/summary.png", "plots/summary.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(dir, file)).Length > 0, file);
        }

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Equal(4, manifest.RootElement.GetProperty("scenario").GetProperty("replications").GetInt32());
        Assert.Equal(1 + (2 * 4), File.ReadAllLines(Path.Combine(dir, "runs.csv")).Length);
    }

    [Fact]
    public void Same_seed_gives_identical_csv_files_whatever_the_thread_count()
    {
        string a = Path.Combine(_work, "a");
        string b = Path.Combine(_work, "b");
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", a, "-r", "6", "-t", "25", "--threads", "1", "--no-plots", "--quiet").Code);
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", b, "-r", "6", "-t", "25", "--threads", "4", "--no-plots", "--quiet").Code);
        foreach (string file in new[] { "runs.csv", "timeseries.csv", "summary.csv", "comparison.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }

        Assert.False(Directory.Exists(Path.Combine(a, "plots")));
    }

    [Fact]
    public void A_different_seed_gives_different_results()
    {
        string a = Path.Combine(_work, "a");
        string b = Path.Combine(_work, "b");
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", a, "-r", "3", "-t", "10", "--seed", "1", "--no-plots", "--quiet").Code);
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", b, "-r", "3", "-t", "10", "--seed", "2", "--no-plots", "--quiet").Code);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "runs.csv")), File.ReadAllBytes(Path.Combine(b, "runs.csv")));
    }

    [Fact]
    public void Force_replaces_earlier_results_but_no_other_folder()
    {
        string dir = Path.Combine(_work, "f");
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", dir, "-r", "2", "-t", "5", "--no-plots", "--quiet").Code);
        var result = CliRunner.Run("run", "classroom", "--out", dir, "-r", "3", "-t", "5", "--no-plots", "--force", "--quiet");
        Assert.Equal(0, result.Code);
        Assert.Equal(1 + 6, File.ReadAllLines(Path.Combine(dir, "runs.csv")).Length);

        // A file TeamSim did not write makes the folder the user's: refused, named, kept.
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        var kept = CliRunner.Run("run", "classroom", "--out", dir, "-r", "4", "-t", "5", "--no-plots", "--force", "--quiet");
        Assert.Equal(2, kept.Code);
        Assert.Contains("notes.txt", kept.Err, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.Equal(1 + 6, File.ReadAllLines(Path.Combine(dir, "runs.csv")).Length);

        string other = Path.Combine(_work, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "thesis.tex"), "precious");
        var refused = CliRunner.Run("run", "classroom", "--out", other, "-r", "2", "-t", "5", "--force", "--quiet");
        Assert.Equal(2, refused.Code);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(other, "thesis.tex")));
        Assert.Single(Directory.GetFileSystemEntries(other));
    }

    [Fact]
    public void Policy_and_set_options_shape_the_run()
    {
        string dir = Path.Combine(_work, "p");
        var result = CliRunner.Run("run", "classroom", "--out", dir, "-r", "2", "-t", "5", "--policy", "inquiry", "--policy", "crisis-command", "--set", "incidents.novelty=0.9", "--no-plots");
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("classroom: 2 policies x 2 replications x 5 ticks (inquiry, crisis-command)", result.Out, StringComparison.Ordinal);
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        JsonElement policies = manifest.RootElement.GetProperty("policies");
        Assert.Equal("inquiry", policies[0].GetProperty("name").GetString());
        Assert.Equal(0.9, policies[1].GetProperty("parameters").GetProperty("incidents.novelty").GetDouble());
    }

    [Fact]
    public void The_headline_adds_a_paired_line_with_the_median_difference_and_the_share_of_replications_won()
    {
        string dir = Path.Combine(_work, "h");
        var result = CliRunner.Run("run", "classroom", "--out", dir, "-r", "4", "-t", "5", "--no-plots");
        Assert.True(result.Code == 0, result.Err);
        string[] lines = result.Out.Split('\n', StringSplitOptions.TrimEntries);
        int means = Array.FindIndex(lines, l => l.StartsWith("total_damage (mean, 95% CI): command ", StringComparison.Ordinal));
        Assert.True(means >= 0, result.Out);

        // The fake's inquiry has less damage in every replication: better in 4 of 4, Wilson interval [4 / (4 + 1.96^2), 1] = [51%, 100%].
        string paired = Assert.Single(lines, l => l.StartsWith("total_damage, paired:", StringComparison.Ordinal));
        Assert.Matches(@"^total_damage, paired: median difference inquiry - command -[0-9][0-9,]*(\.[0-9]+)?; inquiry better in 100% of 4 replications \[51%, 100%\]$", paired);
        Assert.True(Array.IndexOf(lines, paired) > Array.FindLastIndex(lines, l => l.Contains("(mean, 95% CI)", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_model_failure_is_exit_code_1()
    {
        var models = new TeamSim.Core.Models.ModelCatalog([new FailingFactory()]);
        var result = CliRunner.Run(models, "run", "classroom", "--out", Path.Combine(_work, "x"), "-r", "2", "-t", "5", "--quiet");
        Assert.Equal(1, result.Code);
        Assert.Contains("run failed: policy 'command', replication 0", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_work, "x")));
    }

    private sealed class FailingFactory : TeamSim.Core.Models.IModelFactory
    {
        private readonly TeamSim.Experiments.Tests.Fakes.FakeTeamModelFactory _inner = new();
        private int _created;

        public string Name => "team";

        public TeamSim.Core.Parameters.ParameterRegistry Parameters => _inner.Parameters;

        public IReadOnlyList<TeamSim.Core.Models.MetricDefinition> TickMetrics => _inner.TickMetrics;

        public IReadOnlyList<TeamSim.Core.Models.MetricDefinition> RunMetrics => _inner.RunMetrics;

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => _inner.PolicyPresets;

        public TeamSim.Core.Models.IModel Create(TeamSim.Core.Parameters.ParameterSet parameters, TeamSim.Core.Random.RunSeeds seeds, TeamSim.Core.Models.ModelRunOptions options) =>
            Interlocked.Increment(ref _created) <= 2 ? _inner.Create(parameters, seeds, options) : throw new InvalidOperationException("broken");
    }

    [Fact]
    public void Four_runs_started_together_with_the_default_folder_all_succeed_into_distinct_folders()
    {
        // Real processes in one working folder, started at once: the same second, the same default name.
        Directory.CreateDirectory(_work);
        var runs = Enumerable.Range(0, 4)
            .Select(_ => CliProcess.Start(_work, "run", "classroom", "--replications", "3", "--ticks", "20", "--no-plots", "--quiet"))
            .ToList();
        var results = runs.Select(CliProcess.Finish).ToList();
        runs.ForEach(p => p.Dispose());

        Assert.All(results, r => Assert.True(r.Code == 0, r.Err));
        string[] folders = Directory.GetDirectories(Path.Combine(_work, "results", "classroom"));
        Assert.Equal(4, folders.Length);
        Assert.All(folders, f => Assert.Equal(1 + (2 * 3), File.ReadAllLines(Path.Combine(f, "runs.csv")).Length));
    }

    [Fact]
    public void Ctrl_c_during_a_run_leaves_no_results_folder_and_no_temporary_folder_and_exits_130()
    {
        // The real CLI in a child process, interrupted with SIGINT while it simulates.
        Directory.CreateDirectory(_work);
        string target = Path.Combine(_work, "interrupted");
        using var child = CliProcess.Start(_work, "run", "classroom", "--out", target, "--replications", "4000", "--threads", "2");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Directory.GetDirectories(_work, ".teamsim-partial-*").Length == 0 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            Thread.Sleep(20);
        }

        Assert.False(child.HasExited, "the run finished before it could be interrupted; make it longer");
        Thread.Sleep(300); // well inside the simulation
        CliProcess.Interrupt(child);
        var result = CliProcess.Finish(child);

        Assert.Equal(130, result.Code);
        Assert.Equal($"interrupted; nothing was written to {target}", result.Err.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_work));
    }

    [Fact]
    public void A_run_writes_report_html_before_its_folder_appears_and_lists_it_in_the_manifest()
    {
        string dir = Path.Combine(_work, "r");
        var result = CliRunner.Run("run", "classroom", "--out", dir, "--replications", "3", "--ticks", "20", "--quiet");

        Assert.True(result.Code == 0, result.Err);
        Assert.True(File.Exists(Path.Combine(dir, "report.html")));
        Assert.Contains(Path.GetFullPath(dir), File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Contains("report.html", manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["r"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }
}
