using System.Text;

namespace TeamSim.Experiments.Slurm;

/// <summary>
/// Writes the text of the Slurm scripts of a <see cref="SlurmStudy"/>: a job array (task i runs
/// <c>teamsim sweep --shard i/N --resume</c> into <c>shards/i</c>), a merge job
/// (<c>teamsim merge shards/* --out merged</c>, submitted with <c>--dependency=afterok:ARRAY</c>)
/// and a submit script that wires the two.
/// </summary>
/// <remarks>
/// Every task resumes its own folder, so a task requeued by Slurm (node failure, preemption,
/// <c>scontrol requeue</c>) or submitted again finishes only the missing chunks, with the same
/// bytes. A task that stops before its shard is complete requeues itself (at most
/// <see cref="SlurmStudy.MaxRequeues"/> times) rather than ending as FAILED: Slurm never satisfies an
/// <c>afterok</c> dependency on an array once one of its tasks has failed, even after that task is
/// requeued and succeeds.
/// </remarks>
public static class SlurmScripts
{
    /// <summary>The job-array script.</summary>
    public static string Array(SlurmStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        int n = study.Options.Shards;
        var s = new StringBuilder();
        Line(s, "#!/bin/bash");
        Line(s, $"# TeamSim sweep '{Comment(study.SweepName)}' as a Slurm job array: {study.Runs} runs in {study.Chunks} chunks, split into {n} shards;");
        Line(s, $"# array task i runs shard i/{n} into shards/i. Written by 'teamsim slurm'; submit with {SlurmStudy.SubmitScript}.");
        Line(s, "# Each task resumes its own folder (--resume), so a requeued task, or this array submitted again, runs only");
        Line(s, $"# what is missing and yields the same bytes. A task that stops early requeues itself (at most {SlurmStudy.MaxRequeues} times),");
        Line(s, "# so the merge job's afterok dependency still holds. See docs/CLUSTER.md.");
        Line(s, $"#SBATCH --job-name={JobName(study.SweepName)}");
        Line(s, $"#SBATCH --array=0-{n - 1}");
        Resources(s, study.Options, study.Options.CpusPerTask);
        Line(s, "#SBATCH --requeue");
        Line(s, "#SBATCH --open-mode=append");
        Line(s, $"#SBATCH --output={study.Folder}/{SlurmStudy.LogsDirectory}/shard-%a.log");
        Preamble(s, study);
        Line(s, $"max_requeues={SlurmStudy.MaxRequeues}");
        Line(s, "task=${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array}");
        Line(s, $"shard=\"$study/{SlurmStudy.ShardsDirectory}/$task\"");
        Line(s, $"echo \"teamsim shard $task/{n} of job ${{SLURM_ARRAY_JOB_ID:-?}} on $(hostname), restart ${{SLURM_RESTART_COUNT:-0}}, $(date -u +%Y-%m-%dT%H:%M:%SZ)\"");
        Line(s, $"\"${{teamsim[@]}}\" sweep \"$study/{study.SweepFile}\" --shard \"$SLURM_ARRAY_TASK_ID/{n}\" --out \"$study/{SlurmStudy.ShardsDirectory}/$SLURM_ARRAY_TASK_ID\" --resume --threads \"${{SLURM_CPUS_PER_TASK:-1}}\"");
        Line(s, "code=$?");
        Line(s, "if [ -f \"$shard/manifest.json\" ] && [ ! -d \"$shard/.partial\" ]; then");
        Line(s, "  # The shard is complete. Runs that threw are results too: the merge job lists them in errors.csv.");
        Line(s, "  [ \"$code\" -eq 0 ] || echo \"shard $task is complete, but some runs failed (exit $code); the merge lists them in errors.csv\"");
        Line(s, "  exit 0");
        Line(s, "fi");
        Line(s, "if [ \"$code\" -ne 2 ] && [ \"${SLURM_RESTART_COUNT:-0}\" -lt \"$max_requeues\" ]; then");
        Line(s, "  echo \"shard $task stopped before it was complete (exit $code); requeueing the task to resume it\"");
        Line(s, "  # Requeueing a running task ends it as REQUEUED, not FAILED, so afterok on the array still holds.");
        Line(s, "  # Slurm's SIGTERM may reach scontrol or the sleep before this shell, which must then not go on to exit 1:");
        Line(s, "  # scontrol ignores TERM (so it reports the requeue it made), and the wait replaces the shell and never ends by itself.");
        Line(s, "  if (trap '' TERM; exec scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${task}\"); then exec sleep infinity; fi");
        Line(s, "fi");
        Line(s, "echo \"shard $task failed (exit $code); fix the cause, then submit again (see docs/CLUSTER.md)\" >&2");
        Line(s, "exit \"$code\"");
        return s.ToString();
    }

    /// <summary>The merge job script.</summary>
    public static string Merge(SlurmStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var s = new StringBuilder();
        Line(s, "#!/bin/bash");
        Line(s, $"# Merges the {study.Options.Shards} shards of TeamSim sweep '{Comment(study.SweepName)}' into merged/ (runs.csv, summary.csv,");
        Line(s, $"# manifest.json, errors.csv if runs failed: the bytes of a single-machine sweep). Submit with --dependency=afterok:<array job id>");
        Line(s, $"# ({SlurmStudy.SubmitScript} does), so it runs once every array task has succeeded.");
        Line(s, $"#SBATCH --job-name={JobName(study.SweepName)}-merge");
        Resources(s, study.Options, 1);
        Line(s, "#SBATCH --open-mode=append");
        Line(s, $"#SBATCH --output={study.Folder}/{SlurmStudy.LogsDirectory}/merge.log");
        Preamble(s, study);
        Line(s, $"if [ -f \"$study/{SlurmStudy.MergedDirectory}/manifest.json\" ]; then");
        Line(s, $"  echo \"already merged: $study/{SlurmStudy.MergedDirectory}\"");
        Line(s, "  exit 0");
        Line(s, "fi");
        Line(s, $"\"${{teamsim[@]}}\" merge \"$study\"/{SlurmStudy.ShardsDirectory}/* --out \"$study/{SlurmStudy.MergedDirectory}\"");
        return s.ToString();
    }

    /// <summary>The submit script: the array, then the merge with <c>--dependency=afterok</c> on it.</summary>
    public static string Submit(SlurmStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var s = new StringBuilder();
        Line(s, "#!/bin/bash");
        Line(s, "# Submits the job array, then the merge job that runs after every array task succeeded (afterok).");
        Line(s, "set -euo pipefail");
        Line(s, $"study={Quote(study.Folder)}");
        Line(s, $"array=$(sbatch --parsable \"$study/{SlurmStudy.ArrayScript}\")");
        Line(s, "array=${array%%;*}");
        Line(s, $"merge=$(sbatch --parsable --dependency=afterok:\"$array\" \"$study/{SlurmStudy.MergeScript}\")");
        Line(s, "merge=${merge%%;*}");
        Line(s, $"echo \"Submitted job array $array ({study.Options.Shards} tasks) and merge job $merge (--dependency=afterok:$array)\"");
        Line(s, "echo \"Follow: squeue -j $array,$merge; logs in $study/logs; results in $study/merged\"");
        return s.ToString();
    }

    /// <summary>Quotes a word for bash (single quotes; a quote inside becomes <c>'\''</c>).</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A Slurm job name from a sweep name: <c>teamsim-</c> and the name with characters other than letters, digits, '.', '_' and '-' replaced by '-'.</summary>
    public static string JobName(string sweepName)
    {
        ArgumentNullException.ThrowIfNull(sweepName);
        var name = new StringBuilder("teamsim-");
        foreach (char c in sweepName.Length > 64 ? sweepName[..64] : sweepName)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        return name.ToString();
    }

    private static void Resources(StringBuilder s, SlurmOptions options, int cpus)
    {
        Line(s, $"#SBATCH --cpus-per-task={cpus}");
        if (options.Time is not null)
        {
            Line(s, $"#SBATCH --time={options.Time}");
        }

        if (options.Memory is not null)
        {
            Line(s, $"#SBATCH --mem={options.Memory}");
        }

        if (options.Partition is not null)
        {
            Line(s, $"#SBATCH --partition={options.Partition}");
        }

        if (options.Account is not null)
        {
            Line(s, $"#SBATCH --account={options.Account}");
        }
    }

    private static void Preamble(StringBuilder s, SlurmStudy study)
    {
        Line(s, "set -u");
        Line(s, "# The teamsim build that wrote this script: compute nodes run it as is, nothing is rebuilt.");
        Line(s, "teamsim=(" + string.Join(' ', study.Launcher.Select(Quote)) + ")");
        Line(s, $"study={Quote(study.Folder)}");
    }

    private static string Comment(string text) => text.ReplaceLineEndings(" ");

    private static void Line(StringBuilder s, string line) => s.Append(line).Append('\n');
}
