namespace TeamSim.Cli.Tests.Slurm;

/// <summary>teamsim slurm without a cluster: the folder it writes, its copies of the sweep, and bad input.</summary>
public sealed class SlurmCommandTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public SlurmCommandTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(Experiments.Scenarios.BuiltInModels.Catalog, args);

    private string P(string name) => Path.Combine(_work, name);

    private string Sweep(string baseName = "classroom")
    {
        Directory.CreateDirectory(P("sweeps"));
        File.Copy(Path.Combine(CliRunner.RepoRoot(), "scenarios", "classroom.json"), P("base.json"), overwrite: true);
        string path = P("sweeps/grid.json");
        File.WriteAllText(path, $$"""
            {
              // a comment, as sweep files allow
              "name": "grid", "base": "{{baseName}}", "ticks": 20, "replications": 4, "seed": 9,
              "factors": [ { "parameter": "leader.blame", "values": [0.2, 0.6] } ],
              "metrics": ["total_damage"], "chunk_runs": 2
            }
            """);
        return path;
    }

    [Theory]
    [InlineData("/tmp/study", true)]
    [InlineData("/var/tmp/x/study", true)]
    [InlineData("/dev/shm/study", true)]
    [InlineData("/scratch/me/study", false)]
    [InlineData("/home/me/tmp/study", false)]
    [InlineData("/tmpdata/study", false)]
    public void A_study_folder_on_a_node_local_file_system_is_flagged(string folder, bool expected) =>
        Assert.Equal(expected && OperatingSystem.IsLinux(), TeamSim.Cli.Commands.SlurmCommand.IsNodeLocal(folder));

    [Fact]
    public void It_writes_the_array_merge_and_submit_scripts_and_a_copy_of_the_sweep_and_its_base_file()
    {
        var result = Run("slurm", Sweep("../base.json"), "--shards", "3", "--out", P("study"), "--time", "00:30:00");

        Assert.Equal(0, result.Code);
        string array = File.ReadAllText(P("study/array.sbatch"));
        Assert.Contains("#SBATCH --array=0-2", array, StringComparison.Ordinal);
        Assert.Contains("--shard \"$SLURM_ARRAY_TASK_ID/3\"", array, StringComparison.Ordinal);
        Assert.Contains("merge \"$study\"/shards/*", File.ReadAllText(P("study/merge.sbatch")), StringComparison.Ordinal);
        Assert.Contains("--dependency=afterok:", File.ReadAllText(P("study/submit.sh")), StringComparison.Ordinal);
        Assert.True(Directory.Exists(P("study/logs")), "Slurm does not create the folder of --output itself");
        Assert.True(File.Exists(P("study/sweep/base/base.json")), "the base scenario file is copied");
        Assert.Contains("\"base\": \"base/base.json\"", File.ReadAllText(P("study/sweep/grid.json")), StringComparison.Ordinal);
        Assert.Contains("sbatch --dependency=afterok:", result.Out, StringComparison.Ordinal);
        Assert.Contains("bash " + P("study/submit.sh"), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_on_a_built_in_base_is_copied_as_is_and_writing_the_same_study_again_is_allowed()
    {
        string sweep = Sweep();

        var first = Run("slurm", sweep, "--shards", "2", "--out", P("study"));
        var again = Run("slurm", sweep, "--shards", "2", "--out", P("study"));
        var other = Run("slurm", sweep, "--shards", "3", "--out", P("study"));

        Assert.Equal((0, 0), (first.Code, again.Code));
        Assert.Equal(File.ReadAllText(sweep), File.ReadAllText(P("study/sweep/grid.json")));
        Assert.Equal(2, other.Code);
        Assert.Contains("holds another study", other.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shards", "0", "--shards: must be an integer")]
    [InlineData("--time", "90", "--time: expected HH:MM:SS")]
    [InlineData("--shards", "9", "use at most 8 shards")]
    [InlineData("--mem", "4 GB", "--mem: expected a size")]
    public void Bad_options_exit_2_with_one_line_and_write_nothing(string option, string value, string message)
    {
        var args = new List<string> { "slurm", Sweep(), "--out", P("study") };
        if (option != "--shards")
        {
            args.AddRange(["--shards", "2"]);
        }

        args.AddRange([option, value]);
        var result = Run([.. args]);

        Assert.Equal(2, result.Code);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.False(Directory.Exists(P("study")), "nothing may be written");
    }

    [Fact]
    public void A_missing_sweep_file_exits_2_and_a_foreign_folder_is_refused()
    {
        var missing = Run("slurm", P("nope.json"), "--shards", "2", "--out", P("study"));
        Directory.CreateDirectory(P("busy"));
        File.WriteAllText(P("busy/notes.txt"), "mine");
        var busy = Run("slurm", Sweep(), "--shards", "2", "--out", P("busy"));

        Assert.Equal((2, 2), (missing.Code, busy.Code));
        Assert.Contains("nope.json: file not found", missing.Err, StringComparison.Ordinal);
        Assert.Contains("holds no 'teamsim slurm' study", busy.Err, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(P("busy")).Select(Path.GetFileName));
    }
}
