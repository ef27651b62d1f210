namespace TeamSim.Experiments.Slurm;

/// <summary>A sweep prepared for a Slurm cluster: where its folder is, what it runs and with which binary.</summary>
/// <param name="Folder">The study folder, an absolute path; holds the sweep copy, scripts, shards/, merged/ and logs/.</param>
/// <param name="SweepFile">File name of the sweep copy inside <paramref name="Folder"/>.</param>
/// <param name="SweepName">The sweep's name.</param>
/// <param name="Runs">Runs in the whole sweep.</param>
/// <param name="Chunks">Chunks of runs in the whole sweep (a shard holds a contiguous range of them).</param>
/// <param name="Options">Shards and resources.</param>
/// <param name="Launcher">The command that starts teamsim (<see cref="TeamSimLauncher.Command"/>).</param>
public sealed record SlurmStudy(string Folder, string SweepFile, string SweepName, long Runs, long Chunks, SlurmOptions Options, IReadOnlyList<string> Launcher)
{
    /// <summary>The job-array script, one task a shard.</summary>
    public const string ArrayScript = "array.sbatch";

    /// <summary>The merge job script, submitted with an afterok dependency on the array.</summary>
    public const string MergeScript = "merge.sbatch";

    /// <summary>A shell script that submits both jobs with the dependency.</summary>
    public const string SubmitScript = "submit.sh";

    /// <summary>Folder of the shard folders, one a task: <c>shards/0</c> ... <c>shards/N-1</c>.</summary>
    public const string ShardsDirectory = "shards";

    /// <summary>Folder of the merged results (runs.csv, summary.csv, manifest.json, and errors.csv when runs failed).</summary>
    public const string MergedDirectory = "merged";

    /// <summary>Folder of the job logs (<c>shard-i.log</c>, <c>merge.log</c>).</summary>
    public const string LogsDirectory = "logs";

    /// <summary>How often a task that stopped before its shard was complete requeues itself.</summary>
    public const int MaxRequeues = 2;
}
