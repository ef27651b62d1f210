using System.Diagnostics;
using System.Security.Cryptography;

namespace TeamSim.Cli.Tests;

/// <summary>teamsim sweep / merge / analyze end to end: determinism, shards, a real kill and resume, failures, bad input.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public SweepCommandTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string P(string name) => Path.Combine(_work, name);

    private string Write(string name, string json)
    {
        File.WriteAllText(P(name), json);
        return P(name);
    }

    private string GridSweep(int replications = 6, string extraFactor = "") => Write("grid.json", $$"""
        {
          "name": "grid", "base": "classroom", "ticks": 30, "replications": {{replications}}, "seed": 7,
          "factors": [
            { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9, "levels": 4 },
            { "parameter": "leader.blame", "values": [0.2, 0.6] }{{extraFactor}}
          ],
          "metrics": ["total_damage", "errors_reported"]
        }
        """);

    private static SortedDictionary<string, string> Digest(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(dir, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    [Fact]
    public void A_sweep_gives_the_same_bytes_for_one_and_three_threads_and_as_merged_shards()
    {
        string sweep = GridSweep();

        var one = CliRunner.Run("sweep", sweep, "--out", P("t1"), "--threads", "1");
        var three = CliRunner.Run("sweep", sweep, "--out", P("t3"), "--threads", "3");
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(0, CliRunner.Run("sweep", sweep, "--out", P($"s{i}"), "--shard", $"{i}/3").Code);
        }

        var merge = CliRunner.Run("merge", P("s1"), P("s2"), P("s0"), "--out", P("m"));

        Assert.Equal((0, 0, 0), (one.Code, three.Code, merge.Code));
        Assert.Contains("8 points x 2 policies x 6 replications = 96 runs", one.Out, StringComparison.Ordinal);
        Assert.Equal(Digest(P("t1")), Digest(P("t3")));
        Assert.Equal(Digest(P("t1")), Digest(P("m")));
        Assert.Equal(97, File.ReadAllLines(Path.Combine(P("t1"), "runs.csv")).Length);
    }

    [Fact]
    public void A_boundary_sweep_gives_the_same_bytes_for_one_and_two_threads_and_refuses_shards()
    {
        string sweep = Write("boundary.json", """
            {
              "name": "boundary", "base": "classroom", "ticks": 30, "replications": 4, "seed": 7,
              "factors": [
                { "parameter": "leader.inquiry", "min": 0, "max": 1, "levels": 3 },
                { "parameter": "leader.blame", "min": 0, "max": 1, "levels": 3 }
              ],
              "design": { "type": "boundary", "budget": 400, "metric": "total_damage", "rounds": 3, "depth": 2 },
              "metrics": ["total_damage", "errors_reported"]
            }
            """);

        var one = CliRunner.Run("sweep", sweep, "--out", P("b1"), "--threads", "1");
        var two = CliRunner.Run("sweep", sweep, "--out", P("b2"), "--threads", "2");
        var shard = CliRunner.Run("sweep", sweep, "--out", P("bs"), "--shard", "0/2");
        var slurm = CliRunner.Run("slurm", sweep, "--shards", "2", "--out", P("bslurm"));
        SortedDictionary<string, string> first = Digest(P("b1"));
        var analyze = CliRunner.Run("analyze", P("b1"));

        Assert.Equal((0, 0, 0), (one.Code, two.Code, analyze.Code));
        Assert.Contains("boundary design on total_damage, initial grid 9 points x 2 policies x 4 replications = 72 runs, budget 400 runs", one.Out, StringComparison.Ordinal);
        Assert.Equal(first, Digest(P("b2")));
        Assert.Equal((2, "--shard 0/2: a boundary design decides each round from the one before; run it whole"), (shard.Code, shard.Err.Trim()));
        Assert.Equal(2, slurm.Code);
        Assert.Contains("$.design.type: a boundary design decides each round from the one before", slurm.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("bs")));
        Assert.True(File.Exists(Path.Combine(P("b1"), "analysis", "plots", "regime_total_damage_inquiry_vs_command.png")));
    }

    [Fact]
    public void Failed_runs_are_recorded_and_the_exit_code_is_1()
    {
        // The fake model refuses difficulty_min above difficulty_max (0.7): half the points fail.
        string sweep = GridSweep(extraFactor: """, { "parameter": "incidents.difficulty_min", "values": [0.3, 0.9] }""");

        var result = CliRunner.Run("sweep", sweep, "--out", P("f"));

        Assert.Equal(1, result.Code);
        Assert.Contains("96 of 192 runs failed", result.Err, StringComparison.Ordinal);
        string[] errors = File.ReadAllLines(Path.Combine(P("f"), "errors.csv"));
        Assert.Equal(97, errors.Length);
        Assert.Contains("ArgumentException: incidents.difficulty_min must not exceed", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_writes_heat_maps_for_a_two_factor_grid()
    {
        string sweep = GridSweep();
        Assert.Equal(0, CliRunner.Run("sweep", sweep, "--out", P("a")).Code);

        var result = CliRunner.Run("analyze", P("a"), "--metric", "total_damage");

        Assert.Equal(0, result.Code);
        Assert.True(File.Exists(Path.Combine(P("a"), "analysis", "plots", "heatmap_total_damage_command.png")));
        Assert.True(File.Exists(Path.Combine(P("a"), "analysis", "plots", "heatmap_total_damage_inquiry.png")));
    }

    [Theory]
    [InlineData("""{ "base": "classroom", "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 3 } ] }""", "$.factors[0].max: must be a number in [0, 1], got 3")]
    [InlineData("""{ "base": "clasroom", "factors": [ { "parameter": "leader.inquiry", "values": [0.2] } ] }""", "$.base: cannot load 'clasroom'")]
    [InlineData("""{ "base": "classroom", "factors": [ { "parameter": "leader.inquiry", "values": [0.2] } ], "design": { "type": "sobol", "n": 6 } }""", "$.design.n: must be a power of two")]
    [InlineData("""{ "base": "classroom", "factor": [] }""", "$.factor: unknown key 'factor' (did you mean 'factors'?)")]
    public void Bad_sweep_files_exit_2_with_one_line_per_problem_and_write_nothing(string json, string expected)
    {
        string sweep = Write("bad.json", json);

        var result = CliRunner.Run("sweep", sweep, "--out", P("bad"));

        Assert.Equal(2, result.Code);
        Assert.Contains($"{sweep}: {expected}", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("bad")));
    }

    [Theory]
    [InlineData(5, 16_777_216, true, "the sobol design has 201,326,592 points x 2 policies x 1 replication = 402,653,184 runs and needs about")]
    [InlineData(10, 16_777_216, true, "the sobol design has 369,098,752 points x 2 policies x 1 replication = 738,197,504 runs and needs about")]
    [InlineData(10, 16_777_216, false, "the sobol design has 201,326,592 points x 2 policies x 1 replication = 402,653,184 runs and needs about")]
    public void A_sobol_design_too_large_to_build_is_refused_in_one_line_before_it_is_built(int factorCount, int n, bool secondOrder, string expected)
    {
        string[] parameters = ["leader.inquiry", "leader.blame", "leader.delegation", "leader.answer_noise", "team.rank_bias", "team.directory_noise", "team.safety0", "team.arousal0", "team.mindset0", "team.benevolence0"];
        string factors = string.Join(", ", parameters.Take(factorCount).Select(p => $$"""{ "parameter": "{{p}}", "min": 0.1, "max": 0.9 }"""));
        string sweep = Write("huge.json", $$"""
            { "base": "classroom", "replications": 1, "factors": [ {{factors}} ], "design": { "type": "sobol", "n": {{n}}, "second_order": {{(secondOrder ? "true" : "false")}} } }
            """);
        long before = GC.GetTotalMemory(forceFullCollection: false);

        var result = CliRunner.Run("sweep", sweep, "--out", P("huge"));

        Assert.Equal(2, result.Code);
        Assert.StartsWith($"{sweep}: $.design: {expected}", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.False(Directory.Exists(P("huge")));
        Assert.True(GC.GetTotalMemory(forceFullCollection: false) - before < 512L * 1024 * 1024, "the design was built before it was sized");
    }

    [Theory]
    [InlineData("--shard", "2/2", "--shard: expected i/n with 0 <= i < n")]
    [InlineData("--threads", "-1", "--threads: must be an integer in [0, 1024]")]
    public void Bad_options_exit_2(string option, string value, string expected)
    {
        var result = CliRunner.Run("sweep", GridSweep(), "--out", P("o"), option, value);
        Assert.Equal(2, result.Code);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_sweep_into_a_finished_folder_is_refused_and_resume_says_it_is_complete()
    {
        string sweep = GridSweep();
        Assert.Equal(0, CliRunner.Run("sweep", sweep, "--out", P("x")).Code);

        var again = CliRunner.Run("sweep", sweep, "--out", P("x"));
        var resumed = CliRunner.Run("sweep", sweep, "--out", P("x"), "--resume");

        Assert.Equal(2, again.Code);
        Assert.Contains("holds a finished sweep; use another --out, or --force", again.Err, StringComparison.Ordinal);
        Assert.Equal(0, resumed.Code);
        Assert.Contains("already complete", resumed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_refuses_an_incomplete_set_of_shards()
    {
        string sweep = GridSweep();
        Assert.Equal(0, CliRunner.Run("sweep", sweep, "--out", P("s0"), "--shard", "0/2").Code);

        var result = CliRunner.Run("merge", P("s0"), "--out", P("m"));

        Assert.Equal(2, result.Code);
        Assert.Contains("are in no shard given", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("factor", "row 2, column 'leader.inquiry': 'abc' is not a value of this factor")]
    [InlineData("metric", "row 2, column 'total_damage': 'abc' is not a number")]
    [InlineData("truncated", "row 4 of 4 is missing; the chunk is truncated")]
    [InlineData("cut mid-row", "row 3: 2 cells for 11 columns; the chunk is truncated or damaged")]
    public void Merge_refuses_a_damaged_chunk_in_one_line_naming_the_chunk_and_row_and_writes_nothing(string damage, string expected)
    {
        string sweep = GridSweep(replications: 1);
        Write("small.json", File.ReadAllText(sweep).Replace("\"seed\": 7,", "\"seed\": 7, \"chunk_runs\": 4,", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("sweep", P("small.json"), "--out", P("s0"), "--shard", "0/2").Code);
        Assert.Equal(0, CliRunner.Run("sweep", P("small.json"), "--out", P("s1"), "--shard", "1/2").Code);
        string chunk = Path.Combine(P("s0"), "chunks", "chunk-00000000.csv");
        Damage(chunk, damage);

        var result = CliRunner.Run("merge", P("s0"), P("s1"), "--out", P("m"));

        Assert.Equal(2, result.Code);
        Assert.StartsWith($"{chunk}: {expected}; run that shard again with --force, or restore the chunk", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.False(Directory.Exists(P("m")));
    }

    [Fact]
    public void Resume_refuses_a_truncated_chunk_and_says_to_delete_it_and_resume()
    {
        string sweep = GridSweep(replications: 1);
        Write("small.json", File.ReadAllText(sweep).Replace("\"seed\": 7,", "\"seed\": 7, \"chunk_runs\": 4,", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("sweep", P("small.json"), "--out", P("r"), "--shard", "0/2").Code);

        // As if killed after the shard's chunks were kept but before its manifest was written.
        File.Delete(Path.Combine(P("r"), "manifest.json"));
        string chunk = Path.Combine(P("r"), "chunks", "chunk-00000001.csv");
        Damage(chunk, "truncated");

        var result = CliRunner.Run("sweep", P("small.json"), "--out", P("r"), "--shard", "0/2", "--resume");

        Assert.Equal(2, result.Code);
        string moved = Path.Combine(P("r"), ".partial", "chunk-00000001.csv");
        Assert.Equal($"{moved}: row 4 of 4 is missing; the chunk is truncated; delete that chunk and run the same command with --resume to compute it again", result.Err.Trim());
        File.Delete(moved);
        Assert.Equal(0, CliRunner.Run("sweep", P("small.json"), "--out", P("r"), "--shard", "0/2", "--resume").Code);
    }

    private static void Damage(string chunk, string damage)
    {
        string[] lines = File.ReadAllLines(chunk);
        string[] header = lines[0].Split(',');
        string[] cells = lines[2].Split(',');
        switch (damage)
        {
            case "factor":
                cells[Array.IndexOf(header, "leader.inquiry")] = "abc";
                lines[2] = string.Join(',', cells);
                File.WriteAllText(chunk, string.Join('\n', lines) + "\n");
                break;
            case "metric":
                cells[Array.IndexOf(header, "total_damage")] = "abc";
                lines[2] = string.Join(',', cells);
                File.WriteAllText(chunk, string.Join('\n', lines) + "\n");
                break;
            case "truncated":
                File.WriteAllText(chunk, string.Join('\n', lines[..^1]) + "\n");
                break;
            default:
                File.WriteAllText(chunk, string.Join('\n', lines[..3]) + "\n" + string.Join(',', lines[3].Split(',')[..2]));
                break;
        }
    }

    [Fact]
    public void A_sweep_killed_mid_run_and_resumed_equals_an_uninterrupted_one_byte_for_byte()
    {
        // The real team model and the real CLI, in a child process killed with SIGKILL.
        string sweep = Write("kill.json", """
            {
              "name": "kill", "base": "classroom", "policies": ["inquiry"], "ticks": 150, "replications": 60, "seed": 3,
              "factors": [ { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9, "levels": 5 }, { "parameter": "leader.blame", "values": [0.1, 0.5, 0.9] } ],
              "metrics": ["total_damage", "errors_reported", "final_psych_safety"],
              "chunk_runs": 5
            }
            """);
        string killed = P("killed");
        string partial = Path.Combine(killed, ".partial");
        string dll = Path.Combine(AppContext.BaseDirectory, "teamsim.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { dll, "sweep", sweep, "--out", killed, "--threads", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        using (Process child = Process.Start(start)!)
        {
            // Kill once some but not all of the 180 chunks are on disk.
            var clock = Stopwatch.StartNew();
            while (ChunkCount(partial) < 10 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the sweep finished before it could be killed; make it longer");
            child.Kill();
            child.WaitForExit();
        }

        int before = ChunkCount(partial);
        Assert.InRange(before, 10, 179);
        Assert.False(File.Exists(Path.Combine(killed, "runs.csv")));

        var resumed = CliRunner.Run(Experiments.Scenarios.BuiltInModels.Catalog, "sweep", sweep, "--out", killed, "--resume", "--threads", "2");
        var whole = CliRunner.Run(Experiments.Scenarios.BuiltInModels.Catalog, "sweep", sweep, "--out", P("whole"), "--threads", "1");

        Assert.Equal((0, 0), (resumed.Code, whole.Code));
        Assert.Contains("done before", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(Digest(P("whole")), Digest(killed));
    }

    private static int ChunkCount(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "chunk-*.csv").Length : 0;
}
