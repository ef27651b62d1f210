using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using TeamSim.Output.Sweeps;

namespace TeamSim.Cli.Tests.Slurm;

/// <summary>
/// teamsim slurm on a real (local, single-node) Slurm cluster: a 4-shard job array and its afterok
/// merge job give the bytes of a single-process sweep, also when a shard task fails mid-way and is requeued.
/// </summary>
public sealed partial class SlurmClusterTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly string _work = CliRunner.NewFolder();

    public SlurmClusterTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string P(string name) => Path.Combine(_work, name);

    /// <summary>4 points x 1 policy x 10 replications of 100 ticks = 40 runs in 20 chunks of 2: shard 3 of 4 holds chunks 15 to 19.</summary>
    private string Sweep()
    {
        string scenario = Path.Combine(CliRunner.RepoRoot(), "scenarios", "classroom.json");
        string path = P("tiny.json");
        File.WriteAllText(path, $$"""
            {
              "name": "tiny", "base": "{{scenario}}", "policies": ["inquiry"], "ticks": 100, "replications": 10, "seed": 11,
              "factors": [ { "parameter": "leader.inquiry", "values": [0.2, 0.8] }, { "parameter": "leader.blame", "values": [0.1, 0.7] } ],
              "metrics": ["total_damage", "errors_reported", "final_psych_safety"],
              "chunk_runs": 2
            }
            """);
        return path;
    }

    /// <summary>Runs the built CLI as its own process, as a user would: the job scripts then call this same binary.</summary>
    private static (int Code, string Out, string Err) Teamsim(params string[] args) =>
        SlurmCluster.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "teamsim.dll"), .. args]);

    private (string Array, string Merge) Submit(string sweep, string study)
    {
        var submitted = Teamsim("slurm", sweep, "--shards", "4", "--out", study, "--time", "00:10:00", "--submit");
        Assert.True(submitted.Code == 0, $"teamsim slurm --submit failed ({submitted.Code}): {submitted.Out}{submitted.Err}");
        Match ids = SubmittedPattern().Match(submitted.Out);
        Assert.True(ids.Success, "no job ids printed: " + submitted.Out);
        return (ids.Groups[1].Value, ids.Groups[2].Value);
    }

    private static SortedDictionary<string, string> Digest(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(dir, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    private void AssertMergedEqualsOneProcessSweep(string sweep, string study)
    {
        var local = CliRunner.Run(Experiments.Scenarios.BuiltInModels.Catalog, "sweep", sweep, "--out", P("local"), "--threads", "1", "--quiet");
        Assert.Equal(0, local.Code);
        SortedDictionary<string, string> merged = Digest(Path.Combine(study, "merged"));
        Assert.Contains("runs.csv", merged.Keys);
        Assert.Equal(Digest(P("local")), merged);
        Assert.Equal(File.ReadAllBytes(P("local/runs.csv")), File.ReadAllBytes(Path.Combine(study, "merged", "runs.csv")));
    }

    private static bool Completed(Dictionary<string, string> job) => job.GetValueOrDefault("JobState") == "COMPLETED";

    [SlurmFact]
    public void A_four_shard_job_array_and_its_afterok_merge_give_the_bytes_of_a_single_process_sweep()
    {
        SlurmCluster.Require();
        string sweep = Sweep();
        string study = P("study");
        var clock = Stopwatch.StartNew();

        (string array, string merge) = Submit(sweep, study);
        Dictionary<string, string> mergeJob = SlurmCluster.Job(merge);
        Assert.Contains("afterok:" + array, mergeJob.GetValueOrDefault("Dependency", string.Empty), StringComparison.Ordinal);
        SlurmCluster.WaitFor(merge, Completed, Patience, "the merge job completing", Path.Combine(study, "logs"));

        for (int task = 0; task < 4; task++)
        {
            Assert.Equal("COMPLETED", SlurmCluster.Job($"{array}_{task}").GetValueOrDefault("JobState"));
            Assert.True(File.Exists(Path.Combine(study, "shards", task.ToString(System.Globalization.CultureInfo.InvariantCulture), "manifest.json")));
        }

        AssertMergedEqualsOneProcessSweep(sweep, study);
        Assert.True(clock.Elapsed < Patience, $"took {clock.Elapsed}");
    }

    [SlurmFact]
    public void A_shard_task_that_fails_mid_way_is_requeued_and_the_study_still_merges_to_the_same_bytes()
    {
        SlurmCluster.Require();
        string sweep = Sweep();
        string study = P("study");
        Assert.Equal(0, Teamsim("slurm", sweep, "--shards", "4", "--out", study).Code);

        // Shard 3 (chunks 15-19) fails on its first attempt after writing some chunks: a folder where
        // chunk 18 is written makes the write fail, as a full disk or a lost mount would.
        string partial = Path.Combine(study, "shards", "3", SweepFolder.PartialDirectory);
        string blocker = Path.Combine(partial, "chunk-00000018.csv.tmp");
        Directory.CreateDirectory(blocker);

        (string array, string merge) = Submit(sweep, study);
        string task = array + "_3";
        string logs = Path.Combine(study, "logs");
        SlurmCluster.WaitFor(task, job => int.Parse(job.GetValueOrDefault("Restarts", "0"), System.Globalization.CultureInfo.InvariantCulture) >= 1, Patience, "task 3 failing and being requeued", logs);

        int chunksBefore = Directory.GetFiles(partial, "chunk-*.csv").Length;
        Assert.InRange(chunksBefore, 1, 4);
        Assert.Contains("requeueing the task", File.ReadAllText(Path.Combine(logs, "shard-3.log")), StringComparison.Ordinal);
        Assert.NotEqual("COMPLETED", SlurmCluster.Job(merge).GetValueOrDefault("JobState"));

        // The cause is fixed; the requeued task need not wait out Slurm's requeue delay (BeginTime = now + 2 minutes).
        Directory.Delete(blocker);
        var release = SlurmCluster.Run("scontrol", "update", $"JobId={task}", "StartTime=now");
        Assert.True(release.Code == 0, release.Err);

        SlurmCluster.WaitFor(merge, Completed, Patience, "the merge job completing after the requeue", logs);
        Dictionary<string, string> rerun = SlurmCluster.Job(task);
        Assert.Equal("COMPLETED", rerun.GetValueOrDefault("JobState"));
        Assert.Equal("1", rerun.GetValueOrDefault("Restarts"));
        Assert.Contains("done before", File.ReadAllText(Path.Combine(logs, "shard-3.log")), StringComparison.Ordinal);
        AssertMergedEqualsOneProcessSweep(sweep, study);
    }

    [GeneratedRegex(@"Submitted job array (\d+) \(\d+ tasks\) and merge job (\d+)")]
    private static partial Regex SubmittedPattern();
}
