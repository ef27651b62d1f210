using System.Diagnostics;
using System.Security.Cryptography;
using TeamSim.Cli.Commands;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Cli.Tests;

/// <summary>
/// <c>teamsim sweep</c> without <c>--out</c>: a new timestamped folder under results/sweeps/NAME each time (as
/// <c>run</c> does), <c>--resume</c> continuing the newest unfinished one, and the interrupt message's command.
/// Real processes, since the default folder is relative to the working folder.
/// </summary>
public sealed class SweepDefaultFolderTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();
    private readonly string _sweep;

    public SweepDefaultFolderTests()
    {
        Directory.CreateDirectory(_work);
        _sweep = Path.Combine(_work, "grid.json");
        File.WriteAllText(_sweep, """
            {
              "name": "grid", "base": "classroom", "ticks": 20, "replications": 3, "seed": 7,
              "factors": [ { "parameter": "leader.inquiry", "values": [0.2, 0.8] } ],
              "metrics": ["total_damage"]
            }
            """);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Defaults => Path.Combine(_work, "results", "sweeps", "grid");

    private static string RunsDigest(string folder) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "runs.csv"))));

    [Fact]
    public void Sweeps_started_together_without_out_each_get_their_own_timestamped_folder()
    {
        var sweeps = Enumerable.Range(0, 3).Select(_ => CliProcess.Start(_work, "sweep", "grid.json", "--quiet")).ToList();
        var results = sweeps.Select(CliProcess.Finish).ToList();
        sweeps.ForEach(p => p.Dispose());

        Assert.All(results, r => Assert.True(r.Code == 0, r.Err));
        string[] folders = Directory.GetDirectories(Defaults);
        Assert.Equal(3, folders.Length);
        Assert.All(folders, f => Assert.Matches(@"^\d{8}-\d{6}(-\d+)?$", Path.GetFileName(f)));
        Assert.Single(folders.Select(RunsDigest).Distinct());
        Assert.Equal(["grid.json", "results"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resume_without_out_continues_the_newest_unfinished_folder_of_that_sweep_and_says_which()
    {
        // An older unfinished run, the newest unfinished one, and a newer finished one.
        foreach (string name in new[] { "20250101-000000", "20260101-000000" })
        {
            Directory.CreateDirectory(Path.Combine(Defaults, name, ".partial"));
        }

        Directory.CreateDirectory(Path.Combine(Defaults, "20270101-000000"));
        File.WriteAllText(Path.Combine(Defaults, "20270101-000000", "manifest.json"), "{}");
        string reference = Path.Combine(_work, "reference");
        Assert.Equal(0, CliRunner.Run(BuiltInModels.Catalog, "sweep", _sweep, "--out", reference, "--quiet").Code);

        using Process child = CliProcess.Start(_work, "sweep", "grid.json", "--resume");
        var result = CliProcess.Finish(child);

        Assert.True(result.Code == 0, result.Err);
        string picked = Path.Combine("results", "sweeps", "grid", "20260101-000000");
        Assert.StartsWith($"Resuming {picked}: the newest unfinished run of sweep 'grid'", result.Out, StringComparison.Ordinal);
        Assert.Equal(RunsDigest(reference), RunsDigest(Path.Combine(_work, picked)));
        Assert.False(File.Exists(Path.Combine(Defaults, "20250101-000000", "runs.csv")));
    }

    [Fact]
    public void Resume_without_out_and_no_unfinished_run_is_a_one_line_error()
    {
        Directory.CreateDirectory(Path.Combine(Defaults, "20270101-000000"));
        File.WriteAllText(Path.Combine(Defaults, "20270101-000000", "manifest.json"), "{}");

        using Process child = CliProcess.Start(_work, "sweep", "grid.json", "--resume");
        var result = CliProcess.Finish(child);

        Assert.Equal(2, result.Code);
        Assert.Equal(
            $"--resume: no unfinished run of sweep 'grid' in {Path.Combine("results", "sweeps", "grid")}; start one without --resume, or name its folder with --out",
            result.Err.Trim());
        Assert.Single(Directory.GetDirectories(Defaults));
    }

    [Theory]
    [InlineData(1, 1, "teamsim sweep s.json --out results/sweeps/s/20261204-120005 --resume")]
    [InlineData(3, 8, "teamsim sweep s.json --out results/sweeps/s/20261204-120005 --shard 3/8 --resume")]
    public void The_continue_command_names_the_folder_and_the_shard(int index, int count, string expected)
    {
        var slice = count == 1 ? SweepShard.Whole : new SweepShard(index, count);

        Assert.Equal(expected, SweepCommand.ContinueCommand("s.json", "results/sweeps/s/20261204-120005", slice));
        Assert.Equal("teamsim sweep 'my study.json' --out out --resume", SweepCommand.ContinueCommand("my study.json", "out", SweepShard.Whole));
    }

    [Fact]
    public void An_interrupted_sweep_prints_the_exact_command_that_continues_it()
    {
        // The real team model, long enough to be interrupted with SIGINT (Ctrl+C) while it runs.
        File.WriteAllText(_sweep, """
            {
              "name": "grid", "base": "classroom", "policies": ["inquiry"], "ticks": 150, "replications": 60, "seed": 3,
              "factors": [ { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9, "levels": 5 }, { "parameter": "leader.blame", "values": [0.1, 0.5, 0.9] } ],
              "metrics": ["total_damage"], "chunk_runs": 5
            }
            """);
        using Process child = CliProcess.Start(_work, "sweep", "grid.json", "--threads", "2");
        var clock = Stopwatch.StartNew();
        while (ChunkCount() < 3 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(20);
        }

        Assert.False(child.HasExited, "the sweep finished before it could be interrupted; make it longer");
        CliProcess.Interrupt(child);
        var result = CliProcess.Finish(child);

        string folder = Path.GetRelativePath(_work, Assert.Single(Directory.GetDirectories(Defaults)));
        Assert.Equal(130, result.Code);
        Assert.EndsWith($"; continue with: teamsim sweep grid.json --out {folder} --resume", result.Err.Trim(), StringComparison.Ordinal);
    }

    private int ChunkCount()
    {
        if (!Directory.Exists(Defaults))
        {
            return 0;
        }

        return Directory.GetDirectories(Defaults).Sum(d => Directory.Exists(Path.Combine(d, ".partial")) ? Directory.GetFiles(Path.Combine(d, ".partial"), "chunk-*.csv").Length : 0);
    }
}
