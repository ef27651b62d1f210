using TeamSim.Experiments.Slurm;

namespace TeamSim.Experiments.Tests.Slurm;

/// <summary>The job scripts of teamsim slurm: array, merge with afterok, resources, quoting; option validation.</summary>
public sealed class SlurmScriptsTests
{
    private static SlurmStudy Study(SlurmOptions options, params string[] launcher) =>
        new("/scratch/ana/study", "sweep/grid.json", "grid 1", 400, 80, options, launcher.Length > 0 ? launcher : ["/opt/teamsim/teamsim"]);

    [Fact]
    public void The_array_script_runs_shard_task_id_of_n_with_resume_into_its_own_folder()
    {
        string script = SlurmScripts.Array(Study(SlurmOptions.Create(4, null, null, 8, null, null)));

        Assert.StartsWith("#!/bin/bash\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --array=0-3\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --cpus-per-task=8\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --requeue\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --output=/scratch/ana/study/logs/shard-%a.log\n", script, StringComparison.Ordinal);
        Assert.Contains(
            "\"${teamsim[@]}\" sweep \"$study/sweep/grid.json\" --shard \"$SLURM_ARRAY_TASK_ID/4\" --out \"$study/shards/$SLURM_ARRAY_TASK_ID\" --resume --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n",
            script,
            StringComparison.Ordinal);
        Assert.Contains("teamsim=('/opt/teamsim/teamsim')\n", script, StringComparison.Ordinal);
        // After a successful requeue the script waits to be ended by Slurm and has no way on to "exit 1".
        Assert.Contains("if (trap '' TERM; exec scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${task}\"); then exec sleep infinity; fi\n", script, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --job-name=teamsim-grid-1\n", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--time", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_merge_script_merges_every_shard_folder_and_the_submit_script_makes_it_wait_afterok()
    {
        SlurmStudy study = Study(SlurmOptions.Create(4, "short", "01:30:00", 2, "4G", "lab-7"), "/usr/bin/dotnet", "/home/ana/my tools/teamsim.dll");
        string merge = SlurmScripts.Merge(study);
        string submit = SlurmScripts.Submit(study);

        Assert.Contains("\"${teamsim[@]}\" merge \"$study\"/shards/* --out \"$study/merged\"\n", merge, StringComparison.Ordinal);
        Assert.Contains("teamsim=('/usr/bin/dotnet' '/home/ana/my tools/teamsim.dll')\n", merge, StringComparison.Ordinal);
        foreach (string line in new[] { "#SBATCH --partition=short\n", "#SBATCH --time=01:30:00\n", "#SBATCH --mem=4G\n", "#SBATCH --account=lab-7\n", "#SBATCH --cpus-per-task=1\n" })
        {
            Assert.Contains(line, merge, StringComparison.Ordinal);
        }

        Assert.Contains("array=$(sbatch --parsable \"$study/array.sbatch\")", submit, StringComparison.Ordinal);
        Assert.Contains("sbatch --parsable --dependency=afterok:\"$array\" \"$study/merge.sbatch\"", submit, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoting_keeps_spaces_and_single_quotes_literal()
    {
        Assert.Equal("'it'\\''s a path'", SlurmScripts.Quote("it's a path"));
        Assert.Equal("'$HOME'", SlurmScripts.Quote("$HOME"));
    }

    [Theory]
    [InlineData(0, null, 1, null, "--shards")]
    [InlineData(4, "2h", 1, null, "--time")]
    [InlineData(4, "1:00", 1, null, "--time")]
    [InlineData(4, "01:60:00", 1, null, "--time")]
    [InlineData(4, null, 0, null, "--cpus-per-task")]
    [InlineData(4, null, 1, "lots", "--mem")]
    public void Bad_options_are_refused_with_the_option_named(int shards, string? time, int cpus, string? memory, string option)
    {
        var e = Assert.Throws<InputException>(() => SlurmOptions.Create(shards, null, time, cpus, memory, null));

        Assert.StartsWith(option + ":", e.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:05:00")]
    [InlineData("48:00:00")]
    [InlineData("2-12:00:00")]
    public void Slurm_time_formats_are_accepted(string time) =>
        Assert.Equal(time, SlurmOptions.Create(2, null, time, 1, null, null).Time);

    [Fact]
    public void The_launcher_is_the_running_executable_or_dotnet_with_the_dll()
    {
        Assert.Equal(["/opt/teamsim/teamsim"], TeamSimLauncher.Command("/opt/teamsim/teamsim", ""));
        Assert.Equal(["/usr/share/dotnet/dotnet", "/opt/teamsim/teamsim.dll"], TeamSimLauncher.Command("/usr/share/dotnet/dotnet", "/opt/teamsim/teamsim.dll"));
    }
}
