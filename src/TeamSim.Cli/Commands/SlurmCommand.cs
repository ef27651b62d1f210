using System.CommandLine;
using System.Reflection;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Slurm;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Slurm;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim slurm</c>: writes (and with <c>--submit</c> submits) a Slurm job array that runs a sweep in shards, and a merge job that waits for it.</summary>
public static class SlurmCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var file = new Argument<string>("sweep") { Description = "A sweep file (.json), as for 'teamsim sweep'." };
        var shards = new Option<int>("--shards", "-n") { Description = "Array tasks: the sweep is split into this many shards (teamsim sweep --shard i/N).", Required = true };
        var common = new CommonOptions { Out = CommonOptions.OutOption("Study folder: sweep copy, scripts, shards/, logs/ and, after the merge job, merged/.", required: true) };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition (default: the cluster's)." };
        var time = new Option<string?>("--time") { Description = "Wall-time limit of each task, HH:MM:SS or D-HH:MM:SS (default: the partition's)." };
        var cpus = new Option<int>("--cpus-per-task") { Description = "CPUs of each task, used as its worker threads.", DefaultValueFactory = _ => 1 };
        var memory = new Option<string?>("--mem") { Description = "Memory of each task, e.g. 4G (default: the partition's)." };
        var account = new Option<string?>("--account") { Description = "Account to charge (default: yours)." };
        var submit = new Option<bool>("--submit") { Description = "Submit with sbatch: the array, then the merge job with --dependency=afterok on it; prints both job ids." };
        var command = new Command(
            "slurm",
            "Run a sweep on a Slurm cluster: writes a job array (task i runs 'teamsim sweep --shard i/N --resume' into shards/i) and a merge job " +
            "(--dependency=afterok on the array) that runs 'teamsim merge' into merged/, byte-identical to a single-machine sweep. Jobs run this " +
            "teamsim binary; nothing is rebuilt on compute nodes. A requeued task resumes; see docs/CLUSTER.md.\n\n" +
            "Examples:\n" +
            "  teamsim slurm scenarios/sweeps/sobol-team.json --shards 50 --out /scratch/$USER/sobol --time 01:00:00 --cpus-per-task 8 --submit\n" +
            "  teamsim slurm scenarios/sweeps/inquiry-blame-grid.json --shards 4 --out study    (then: bash study/submit.sh)\n\n" +
            "Exit codes: 0 written (and submitted), 1 sbatch failed, 2 bad input.");
        command.Add(file);
        foreach (Option option in new Option[] { shards, common.Out!, partition, time, cpus, memory, account, submit })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            SlurmOptions options = SlurmOptions.Create(
                parse.GetValue(shards), parse.GetValue(partition), parse.GetValue(time), parse.GetValue(cpus), parse.GetValue(memory), parse.GetValue(account));
            string path = parse.GetValue(file)!;
            SweepDefinition sweep = SweepCommand.Load(models, path);
            if (sweep.Plan.DesignSpec.IsAdaptive)
            {
                throw new InputException($"{path}: $.design.type: a {sweep.Plan.DesignSpec.Kind} design decides each round from the one before, so it cannot run as a job array of shards; run it with 'teamsim sweep' in one job");
            }

            IReadOnlyList<string> launcher = TeamSimLauncher.Command(Environment.ProcessPath, Assembly.GetEntryAssembly()?.Location);
            SlurmStudy study = SlurmFolder.Write(common.Read(parse).Out!, path, sweep, options, launcher, copy => SweepCommand.Load(models, copy).Plan.Hash());
            string folder = study.Folder;
            stdout.WriteLine($"Wrote {folder}: {SlurmStudy.ArrayScript} (array 0-{options.Shards - 1}: shard $SLURM_ARRAY_TASK_ID/{options.Shards} of '{sweep.Name}', {study.Runs} runs, --resume), " +
                $"{SlurmStudy.MergeScript} (teamsim merge {SlurmStudy.ShardsDirectory}/* --out {SlurmStudy.MergedDirectory}), {SlurmStudy.SubmitScript}, {study.SweepFile}");
            stdout.WriteLine($"Jobs run: {string.Join(' ', launcher)}");
            if (IsNodeLocal(folder))
            {
                stderr.WriteLine($"warning: {folder} is on a node-local file system; compute nodes usually cannot see it, so use a shared one (e.g. /scratch or your home; docs/CLUSTER.md)");
            }

            if (!parse.GetValue(submit))
            {
                stdout.WriteLine("Submit on the login node with:");
                stdout.WriteLine($"  bash {folder}/{SlurmStudy.SubmitScript}");
                stdout.WriteLine("or by hand:");
                stdout.WriteLine($"  array=$(sbatch --parsable {folder}/{SlurmStudy.ArrayScript})");
                stdout.WriteLine($"  sbatch --dependency=afterok:${{array%%;*}} {folder}/{SlurmStudy.MergeScript}");
                return ExitCodes.Ok;
            }

            SlurmSubmission jobs = SlurmSubmitter.Submit(study);
            stdout.WriteLine($"Submitted job array {jobs.ArrayJobId} ({options.Shards} tasks) and merge job {jobs.MergeJobId} (--dependency=afterok:{jobs.ArrayJobId})");
            stdout.WriteLine($"Follow: squeue -j {jobs.ArrayJobId},{jobs.MergeJobId}; logs in {folder}/{SlurmStudy.LogsDirectory}; results in {folder}/{SlurmStudy.MergedDirectory}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static readonly string[] NodeLocalRoots = ["/tmp/", "/var/tmp/", "/dev/shm/"];

    /// <summary>True for folders under /tmp, /var/tmp or /dev/shm, which each node has its own copy of.</summary>
    internal static bool IsNodeLocal(string folder)
    {
        string full = Path.GetFullPath(folder).TrimEnd('/') + "/";
        return OperatingSystem.IsLinux() && NodeLocalRoots.Any(p => full.StartsWith(p, StringComparison.Ordinal));
    }
}
