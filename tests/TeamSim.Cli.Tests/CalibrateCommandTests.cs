using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using TeamSim.Cli.Commands;

namespace TeamSim.Cli.Tests;

/// <summary>teamsim calibrate end to end: determinism across threads, a real kill and resume, interrupts, default folders, bad input, size limits.</summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public CalibrateCommandTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string P(string name) => Path.Combine(_work, name);

    private string Write(string name, string json)
    {
        File.WriteAllText(P(name), json);
        return P(name);
    }

    /// <summary>A small calibration of the classroom scenario's inquiring leader.</summary>
    private string Small(string name = "small", int ticks = 30, int replications = 3, int particles = 20, int generations = 3) => Write(name + ".json", $$"""
        {
          "name": "{{name}}", "base": "classroom", "policy": "inquiry", "ticks": {{ticks}}, "replications": {{replications}}, "seed": 5,
          "factors": [ { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9 }, { "parameter": "leader.blame", "min": 0.01, "max": 1, "scale": "log" } ],
          "targets": [ { "metric": "total_damage", "value": 20, "sd": 2 }, { "metric": "errors_reported", "value": 8, "sd": 1 } ],
          "method": { "type": "abc-smc", "particles": {{particles}}, "generations": {{generations}} }
        }
        """);

    /// <summary>SHA-256 of every file but the manifest (which holds timings), and the manifest's file list.</summary>
    private static SortedDictionary<string, string> Digest(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(dir, file);
            result[relative] = relative == "manifest.json"
                ? string.Join(",", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()))
                : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    [Fact]
    public void A_calibration_gives_the_same_bytes_for_one_and_two_threads()
    {
        string file = Small();

        var one = CliRunner.Run("calibrate", file, "--out", P("t1"), "--threads", "1");
        var two = CliRunner.Run("calibrate", file, "--out", P("t2"), "--threads", "2");

        Assert.True(one.Code == 0, one.Err);
        Assert.True(two.Code == 0, two.Err);
        Assert.Equal(File.ReadAllBytes(P("t1/posterior.csv")), File.ReadAllBytes(P("t2/posterior.csv")));
        Assert.Equal(Digest(P("t1")), Digest(P("t2")));
        Assert.Equal(1 + 20, File.ReadAllLines(P("t1/posterior.csv")).Length);
        Assert.Equal("leader.inquiry,leader.blame,weight,distance", File.ReadLines(P("t1/posterior.csv")).First());
        Assert.False(Directory.Exists(P("t1/.partial")));
        Assert.Contains("check at the posterior median, 30 replications:", one.Out, StringComparison.Ordinal);
        Assert.Contains("plots/pair_leader.inquiry__leader.blame.svg", Digest(P("t1")).Keys.Select(k => k.Replace('\\', '/')));
    }

    [Fact]
    public void Calibration_json_has_quantiles_inside_the_prior_and_the_check_per_target()
    {
        var result = CliRunner.Run("calibrate", Small(), "--out", P("c"), "--quiet");

        Assert.True(result.Code == 0, result.Err);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(P("c/calibration.json")));
        JsonElement root = doc.RootElement;
        foreach (JsonElement factor in root.GetProperty("factors").EnumerateArray())
        {
            double min = factor.GetProperty("prior").GetProperty("min").GetDouble(), max = factor.GetProperty("prior").GetProperty("max").GetDouble();
            double q05 = factor.GetProperty("q05").GetDouble(), q50 = factor.GetProperty("q50").GetDouble(), q95 = factor.GetProperty("q95").GetDouble();
            Assert.True(min <= q05 && q05 <= q50 && q50 <= q95 && q95 <= max, factor.ToString());
        }

        Assert.Equal("log-uniform", root.GetProperty("factors")[1].GetProperty("prior").GetProperty("distribution").GetString());
        Assert.Equal(["total_damage", "errors_reported"], root.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("metric").GetString()));
        Assert.All(root.GetProperty("targets").EnumerateArray(), t => Assert.Equal(30, t.GetProperty("check").GetProperty("n").GetInt32()));
        Assert.Equal(3, root.GetProperty("generations").GetArrayLength());
        Assert.Equal(((40 + (2 * 20)) * 3) + 30, root.GetProperty("runs_used").GetInt64());
        Assert.Equal("teamsim-results", JsonDocument.Parse(File.ReadAllText(P("c/manifest.json"))).RootElement.GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("""{ "base": "classroom", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.02 } ], "methd": {} }""",
        "$.methd: unknown key 'methd' (did you mean 'method'?)")]
    [InlineData("""{ "base": "classroom", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 1, "max": 0 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.02 } ] }""",
        "$.factors[0].max: must be greater than min (1), got 0")]
    [InlineData("""{ "base": "classroom", "policy": "inquirer", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.02 } ] }""",
        "$.policy: unknown policy \"inquirer\" (did you mean 'inquiry'?)")]
    [InlineData("""{ "base": "classroom", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": "high", "sd": 0.02 } ] }""",
        "$.targets[0].value: must be a finite number (the observed value of the metric), got \"high\"")]
    [InlineData("""{ "base": "classroom", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.02 } ], "method": { "generations": 0 } }""",
        "$.method.generations: must be an integer in [1, 100], got 0")]
    [InlineData("""{ "base": "classroom", "policy": "inquiry", "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ], "targets": [ { "metric": "report_rate", "value": 0.4, "sd": 0.02 } ]""",
        "malformed JSON")]
    public void A_bad_calibration_file_gets_a_one_line_error_exit_2_and_nothing_written(string json, string expected)
    {
        string file = Write("bad.json", json);

        var result = CliRunner.Run("calibrate", file, "--out", P("out"));

        Assert.Equal(2, result.Code);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.StartsWith(file + ": ", result.Err, StringComparison.Ordinal);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("out")));
    }

    [Fact]
    public void A_calibration_over_the_member_tick_limit_is_refused_before_anything_is_written()
    {
        var result = CliRunner.Run("calibrate", Small(), "--out", P("out"), "--max-member-ticks", "1000");

        Assert.Equal(2, result.Code);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Contains("$.method: this calibration has 40 + 2 x 20 particles x 3 replications + a check of 30 = up to 270 runs of 30 ticks", result.Err, StringComparison.Ordinal);
        Assert.Contains("over the limit of 1e+3", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("out")));
    }

    [Fact]
    public void A_finished_calibration_folder_is_refused_without_force_and_replaced_with_it_but_foreign_files_are_kept_safe()
    {
        string file = Small();
        Assert.Equal(0, CliRunner.Run("calibrate", file, "--out", P("c"), "--quiet").Code);

        var again = CliRunner.Run("calibrate", file, "--out", P("c"));
        File.WriteAllText(P("c/notes.txt"), "mine");
        var forcedWithNotes = CliRunner.Run("calibrate", file, "--out", P("c"), "--force");
        File.Delete(P("c/notes.txt"));
        var forced = CliRunner.Run("calibrate", file, "--out", P("c"), "--force", "--quiet");

        Assert.Equal((2, 2, 0), (again.Code, forcedWithNotes.Code, forced.Code));
        Assert.Contains("holds a finished calibration", again.Err, StringComparison.Ordinal);
        Assert.Contains("--force would delete files TeamSim did not write (notes.txt)", forcedWithNotes.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(P("c/posterior.csv")));
    }

    [Fact]
    public void A_calibration_killed_mid_run_resumes_without_out_and_equals_an_uninterrupted_one()
    {
        // The real team model and the real CLI in a child process, in its default folder, killed with SIGKILL.
        string file = Small("kill", ticks: 150, replications: 10, particles: 100, generations: 5);
        string parent = Path.Combine(_work, "results", "calibrations", "kill");
        using (Process child = CliProcess.Start(_work, "calibrate", file, "--threads", "2"))
        {
            var clock = Stopwatch.StartNew();
            while (Generations(parent) < 1 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(10);
            }

            Assert.False(child.HasExited, "the calibration finished before it could be killed; make it longer");
            child.Kill();
            child.WaitForExit();
        }

        int before = Generations(parent);
        string folder = Assert.Single(Directory.GetDirectories(parent));
        Assert.InRange(before, 1, 4);
        Assert.False(File.Exists(Path.Combine(folder, "posterior.csv")));

        using Process resume = CliProcess.Start(_work, "calibrate", file, "--resume", "--threads", "2");
        var resumed = CliProcess.Finish(resume);
        var whole = CliRunner.Run(Experiments.Scenarios.BuiltInModels.Catalog, "calibrate", file, "--out", P("whole"), "--threads", "1");

        Assert.True(resumed.Code == 0, resumed.Err);
        Assert.True(whole.Code == 0, whole.Err);
        Assert.Contains($"continuing after generation {before}", resumed.Out, StringComparison.Ordinal);
        Assert.StartsWith($"Resuming {Path.GetRelativePath(_work, folder)}: the newest unfinished run of calibration 'kill'", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(Digest(P("whole")), Digest(folder));
    }

    [Fact]
    public void Ctrl_c_keeps_the_finished_generations_prints_the_command_to_continue_and_exits_130()
    {
        string file = Small("intr", ticks: 150, replications: 10, particles: 100, generations: 8);
        string target = P("intr-out");
        using Process child = CliProcess.Start(_work, "calibrate", file, "--out", target, "--threads", "2");
        var clock = Stopwatch.StartNew();
        while (Generations(target) < 1 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(10);
        }

        Assert.False(child.HasExited, "the calibration finished before it could be interrupted; make it longer");
        CliProcess.Interrupt(child);
        var result = CliProcess.Finish(child);

        Assert.Equal(130, result.Code);
        Assert.Equal($"interrupted; finished generations are kept in {Path.Combine(target, ".partial")}; continue with: teamsim calibrate {file} --out {target} --resume", result.Err.Trim());
        Assert.True(Generations(target) >= 1);
        Assert.False(File.Exists(Path.Combine(target, "manifest.json")));
    }

    [Fact]
    public void A_model_run_that_throws_stops_the_calibration_with_the_same_line_for_any_thread_count_and_exit_1()
    {
        // The fake model throws when incidents.difficulty_min exceeds the scenario's incidents.difficulty_max.
        string file = Write("throws.json", """
            { "name": "throws", "base": "classroom", "policy": "inquiry", "ticks": 5, "replications": 2,
              "factors": [ { "parameter": "incidents.difficulty_min", "min": 0.8, "max": 1 } ],
              "targets": [ { "metric": "total_damage", "value": 2, "sd": 1 } ],
              "method": { "particles": 10, "generations": 2 } }
            """);

        var result = CliRunner.Run("calibrate", file, "--out", P("t"), "--threads", "2");
        var oneThread = CliRunner.Run("calibrate", file, "--out", P("t1"), "--threads", "1");

        Assert.Equal((1, 1), (result.Code, oneThread.Code));
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.StartsWith("run failed: particle ", result.Err, StringComparison.Ordinal);
        Assert.Equal(oneThread.Err, result.Err);
        Assert.Contains("), replication 0: ArgumentException: incidents.difficulty_min must not exceed incidents.difficulty_max", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(P("t/posterior.csv")));
        Assert.False(File.Exists(P("t/manifest.json")));
    }

    [Fact]
    public void Resume_without_out_and_nothing_unfinished_says_how_to_start()
    {
        var result = CliRunner.Run("calibrate", Small("none"), "--resume");

        Assert.Equal(2, result.Code);
        Assert.Equal(
            $"--resume: no unfinished run of calibration 'none' in {Path.Combine("results", "calibrations", "none")}; start one without --resume, or name its folder with --out",
            result.Err.Trim());
    }

    [Fact]
    public void The_continue_command_quotes_paths_a_shell_would_split()
    {
        Assert.Equal("teamsim calibrate c.json --out results/calibrations/c/20261204-120005 --resume", CalibrateCommand.ContinueCommand("c.json", "results/calibrations/c/20261204-120005"));
        Assert.Equal("teamsim calibrate 'my fit.json' --out 'it'\\''s here' --resume", CalibrateCommand.ContinueCommand("my fit.json", "it's here"));
    }

    /// <summary>Finished generation files under <paramref name="dir"/> (any depth).</summary>
    private static int Generations(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "generation-*.json", SearchOption.AllDirectories).Length : 0;
}
