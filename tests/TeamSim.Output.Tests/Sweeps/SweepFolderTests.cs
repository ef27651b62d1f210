using TeamSim.Experiments;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

public sealed class SweepFolderTests
{
    [Fact]
    public void The_files_are_byte_identical_for_one_and_four_threads()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Sub("t1"), SweepTestKit.Plan(), threads: 1);
        SweepTestKit.RunInto(tmp.Sub("t4"), SweepTestKit.Plan(), threads: 4);

        var one = SweepTestKit.Digest(tmp.Sub("t1"));
        Assert.Equal(one, SweepTestKit.Digest(tmp.Sub("t4")));
        Assert.Equal(["manifest.json", "runs.csv", "summary.csv"], one.Keys);
    }

    [Fact]
    public void Runs_are_in_run_order_with_one_row_each_and_the_chunks_are_gone()
    {
        using var tmp = new TempDir();
        SweepPlan plan = SweepTestKit.Plan();
        SweepManifest manifest = SweepTestKit.RunInto(tmp.Path, plan, threads: 3)!;

        string[] lines = File.ReadAllLines(Path.Combine(tmp.Path, "runs.csv"));
        Assert.Equal("run,point,policy,replication,a,c,ticks,status,y,z", lines[0]);
        Assert.Equal(plan.TotalRuns + 1, lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            Assert.StartsWith($"{i - 1},", lines[i], StringComparison.Ordinal);
        }

        Assert.Equal(9 * 2 * 4, manifest.Runs);
        Assert.Equal(0, manifest.FailedRuns);
        Assert.False(Directory.Exists(Path.Combine(tmp.Path, ".partial")));
    }

    [Fact]
    public void The_summary_has_mean_sd_and_ci_per_point_policy_and_metric()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, SweepTestKit.Plan(replications: 10));

        string[] lines = File.ReadAllLines(Path.Combine(tmp.Path, "summary.csv"));
        Assert.Equal("point,policy,a,c,metric,runs,failed,n,mean,sd,ci95_low,ci95_high", lines[0]);
        Assert.Equal((9 * 2 * 2) + 1, lines.Length);

        // z = a * c is the same in every replication: sd 0 and a zero-width interval.
        string[] z = lines.First(l => l.StartsWith("8,noisy,", StringComparison.Ordinal) && l.Contains(",z,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["8", "noisy", "0.9", "5", "z", "10", "0", "10", "4.5", "0", "4.5", "4.5"], z);
    }

    [Fact]
    public void Shards_merged_in_any_order_give_the_files_of_a_single_run()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Sub("whole"), SweepTestKit.Plan(), threads: 2);
        for (int i = 0; i < 3; i++)
        {
            SweepTestKit.RunInto(tmp.Sub($"s{i}"), SweepTestKit.Plan(), threads: 2, shard: new SweepShard(i, 3));
        }

        SweepMerger.Merge([tmp.Sub("s2"), tmp.Sub("s0"), tmp.Sub("s1")], tmp.Sub("merged"));

        Assert.Equal(SweepTestKit.Digest(tmp.Sub("whole")), SweepTestKit.Digest(tmp.Sub("merged")));
    }

    [Fact]
    public void Merge_refuses_a_missing_shard_an_overlap_and_a_different_sweep()
    {
        using var tmp = new TempDir();
        for (int i = 0; i < 2; i++)
        {
            SweepTestKit.RunInto(tmp.Sub($"s{i}"), SweepTestKit.Plan(), shard: new SweepShard(i, 2));
        }

        SweepTestKit.RunInto(tmp.Sub("other"), SweepTestKit.Plan(seed: 6), shard: new SweepShard(1, 2));

        var gap = Assert.Throws<InputException>(() => SweepMerger.Merge([tmp.Sub("s0")], tmp.Sub("m1")));
        Assert.Contains("in no shard", gap.Message, StringComparison.Ordinal);
        var overlap = Assert.Throws<InputException>(() => SweepMerger.Merge([tmp.Sub("s0"), tmp.Sub("s1"), tmp.Sub("s1")], tmp.Sub("m2")));
        Assert.Contains("overlap", overlap.Message, StringComparison.Ordinal);
        var other = Assert.Throws<InputException>(() => SweepMerger.Merge([tmp.Sub("s0"), tmp.Sub("other")], tmp.Sub("m3")));
        Assert.Contains("different sweeps", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_throws_is_recorded_as_failed_and_the_sweep_goes_on()
    {
        using var tmp = new TempDir();
        SweepPlan plan = SweepTestKit.Plan(failAbove: 0.7);
        SweepFolder folder = SweepFolder.Prepare(tmp.Path, plan, "test", SweepShard.Whole, false, false);
        SweepRunOutcome outcome = SweepRunner.Run(plan, folder, new SweepRunOptions(2));
        SweepManifest manifest = folder.Finish()!;

        // a = 0.9 is a third of the points: 3 points x 2 policies x 4 replications fail.
        Assert.Equal(24, outcome.RunsFailed);
        Assert.Equal(24, manifest.FailedRuns);
        string[] errors = File.ReadAllLines(Path.Combine(tmp.Path, "errors.csv"));
        Assert.Equal(25, errors.Length);
        Assert.Contains("InvalidOperationException: a = 0.9 is too large", errors[1], StringComparison.Ordinal);
        Assert.Equal(24, File.ReadAllLines(Path.Combine(tmp.Path, "runs.csv")).Count(l => l.Contains(",failed,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Files_with_failed_runs_are_byte_identical_for_one_and_three_threads()
    {
        using var tmp = new TempDir();
        SweepPlan plan = SweepTestKit.Plan(failAbove: 0.7, replications: 7);
        SweepTestKit.RunInto(tmp.Sub("t1"), plan, threads: 1);
        SweepTestKit.RunInto(tmp.Sub("t3"), plan, threads: 3);

        var one = SweepTestKit.Digest(tmp.Sub("t1"));
        Assert.Equal(["errors.csv", "manifest.json", "runs.csv", "summary.csv"], one.Keys);
        Assert.Equal(one, SweepTestKit.Digest(tmp.Sub("t3")));
    }

    [Fact]
    public void A_damaged_chunk_is_named_with_its_row_and_no_result_file_is_left()
    {
        using var tmp = new TempDir();
        SweepFolder folder = RunWithoutAssembling(tmp.Path);

        // Chunk 5 (runs 15, 16, 17; lines 2-4 of the file) loses run 16, its second row.
        string chunk = Path.Combine(folder.PartialPath, "chunk-00000005.csv");
        var lines = File.ReadAllLines(chunk).ToList();
        lines.RemoveAt(2);
        File.WriteAllLines(chunk, lines);

        var e = Assert.Throws<InputException>(() => folder.Finish());
        Assert.Contains("chunk-00000005.csv: row 2, column 'run': expected run 16, got '17'; delete that chunk", e.Message, StringComparison.Ordinal);
        Assert.Equal([".partial"], Directory.EnumerateFileSystemEntries(tmp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_chunk_of_another_sweep_is_refused_and_no_result_file_is_left()
    {
        using var tmp = new TempDir();
        SweepFolder folder = RunWithoutAssembling(tmp.Path);
        string chunk = Path.Combine(folder.PartialPath, "chunk-00000020.csv");
        File.WriteAllText(chunk, "run,point,policy,replication,b,c,ticks,status,y,z,error\n");

        var e = Assert.Throws<InputException>(() => folder.Finish());
        Assert.Contains("chunk-00000020.csv: row 0 (header): columns do not match this sweep's", e.Message, StringComparison.Ordinal);
        Assert.Equal([".partial"], Directory.EnumerateFileSystemEntries(tmp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_resumed_sweep_runs_only_the_missing_chunks_and_ends_with_the_same_files()
    {
        using var tmp = new TempDir();
        SweepPlan plan = SweepTestKit.Plan();
        SweepTestKit.RunInto(tmp.Sub("whole"), plan);

        // An interrupted sweep: only some chunks completed, plus a torn temporary file.
        SweepFolder folder = SweepFolder.Prepare(tmp.Sub("resumed"), plan, "test", SweepShard.Whole, false, false);
        SweepRunner.Run(plan, new FirstChunksOnly(folder, 5), new SweepRunOptions(1));
        File.WriteAllText(Path.Combine(folder.PartialPath, "chunk-00000007.csv.tmp"), "run,po");
        Assert.Null(folder.Finish());

        SweepFolder again = SweepFolder.Prepare(tmp.Sub("resumed"), plan, "test", SweepShard.Whole, resume: true, force: false);
        SweepRunOutcome outcome = SweepRunner.Run(plan, again, new SweepRunOptions(2));
        again.Finish();

        Assert.Equal(5 * plan.ChunkRuns, outcome.RunsAlreadyDone);
        Assert.Equal(plan.TotalRuns - (5 * plan.ChunkRuns), outcome.RunsExecuted);
        Assert.Equal(SweepTestKit.Digest(tmp.Sub("whole")), SweepTestKit.Digest(tmp.Sub("resumed")));
    }

    [Fact]
    public void A_folder_with_results_needs_resume_or_force_and_resume_refuses_another_sweep()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, SweepTestKit.Plan());

        var busy = Assert.Throws<InputException>(() => SweepFolder.Prepare(tmp.Path, SweepTestKit.Plan(), "test", SweepShard.Whole, false, false));
        Assert.Contains("holds a finished sweep", busy.Message, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(tmp.Path, "unrelated"));
        string stranger = Path.Combine(tmp.Path, "unrelated");
        File.WriteAllText(Path.Combine(stranger, "notes.txt"), "mine");
        var foreign = Assert.Throws<InputException>(() => SweepFolder.Prepare(stranger, SweepTestKit.Plan(), "test", SweepShard.Whole, false, false));
        Assert.Contains("is not empty", foreign.Message, StringComparison.Ordinal);
        string unfinished = Path.Combine(tmp.Path, "unfinished");
        _ = SweepFolder.Prepare(unfinished, SweepTestKit.Plan(), "test", SweepShard.Whole, false, false); // started, never run
        var again = Assert.Throws<InputException>(() => SweepFolder.Prepare(unfinished, SweepTestKit.Plan(), "test", SweepShard.Whole, false, false));
        Assert.Contains("holds an unfinished sweep; use --resume", again.Message, StringComparison.Ordinal);
        var other = Assert.Throws<InputException>(() => SweepFolder.Prepare(tmp.Path, SweepTestKit.Plan(seed: 9), "test", SweepShard.Whole, true, false));
        Assert.Contains("different sweep", other.Message, StringComparison.Ordinal);
        Assert.True(SweepFolder.Prepare(tmp.Path, SweepTestKit.Plan(), "test", SweepShard.Whole, true, false).IsComplete);
        Assert.False(SweepFolder.Prepare(tmp.Path, SweepTestKit.Plan(seed: 9), "test", SweepShard.Whole, false, true).IsComplete);
    }

    [Fact]
    public void A_claimed_default_folder_holding_only_an_empty_partial_folder_starts_as_new()
    {
        using var tmp = new TempDir();
        string claimed = StudyFolders.Claim(tmp.Path, DateTimeOffset.UnixEpoch, SweepFolder.PartialDirectory);

        SweepManifest? manifest = SweepTestKit.RunInto(claimed, SweepTestKit.Plan());
        SweepTestKit.RunInto(tmp.Sub("fresh"), SweepTestKit.Plan());

        Assert.NotNull(manifest);
        Assert.Equal(SweepTestKit.Digest(tmp.Sub("fresh")), SweepTestKit.Digest(claimed));
    }

    [Fact]
    public void A_folder_is_unfinished_until_its_manifest_is_written_and_only_for_the_slice_it_holds()
    {
        using var tmp = new TempDir();
        SweepPlan plan = SweepTestKit.Plan();
        _ = SweepFolder.Prepare(tmp.Sub("whole"), plan, "test", SweepShard.Whole, false, false); // started, never run
        _ = SweepFolder.Prepare(tmp.Sub("shard"), plan, "test", new SweepShard(1, 2), false, false);
        SweepTestKit.RunInto(tmp.Sub("done"), plan);

        Assert.True(SweepFolder.IsUnfinished(tmp.Sub("whole"), SweepShard.Whole));
        Assert.False(SweepFolder.IsUnfinished(tmp.Sub("whole"), new SweepShard(1, 2)));
        Assert.True(SweepFolder.IsUnfinished(tmp.Sub("shard"), new SweepShard(1, 2)));
        Assert.False(SweepFolder.IsUnfinished(tmp.Sub("shard"), SweepShard.Whole));
        Assert.False(SweepFolder.IsUnfinished(tmp.Sub("done"), SweepShard.Whole));
    }

    /// <summary>Stores only the first chunks it is given and drops the rest, like a sweep killed early.</summary>
    private sealed class FirstChunksOnly(SweepFolder inner, int keep) : ISweepChunkStore
    {
        public IReadOnlySet<long> CompletedChunks() => inner.CompletedChunks();

        public void WriteChunk(long chunk, IReadOnlyList<SweepRunRecord> records)
        {
            if (chunk < keep)
            {
                inner.WriteChunk(chunk, records);
            }
        }
    }

    /// <summary>All chunks of the kit's sweep in <paramref name="dir"/>, not yet assembled.</summary>
    private static SweepFolder RunWithoutAssembling(string dir)
    {
        SweepPlan plan = SweepTestKit.Plan();
        SweepFolder folder = SweepFolder.Prepare(dir, plan, "test", SweepShard.Whole, false, false);
        SweepRunner.Run(plan, folder, new SweepRunOptions(2));
        return folder;
    }
}
