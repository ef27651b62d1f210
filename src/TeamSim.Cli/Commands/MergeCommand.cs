using System.CommandLine;
using TeamSim.Output.Sweeps;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim merge</c>: joins the shard folders of one sweep into the files a single-machine sweep writes.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var shards = new Argument<string[]>("shards") { Description = "The folders of every shard (teamsim sweep --shard i/n), in any order.", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Folder for the merged results.", required: true),
            Force = CommonOptions.ForceOption("Overwrite merged results already in --out."),
        };
        var command = new Command(
            "merge",
            "Merge the shards of one sweep: checks that they come from the same sweep (manifest hash) and together hold every chunk exactly once, " +
            "then writes runs.csv, summary.csv, errors.csv and manifest.json, byte-identical to an unsharded sweep.\n\n" +
            "Example:\n  teamsim merge results/sobol-0 results/sobol-1 results/sobol-2 --out results/sobol");
        command.Add(shards);
        command.Add(common.Out!);
        command.Add(common.Force!);
        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            CommonValues values = common.Read(parse);
            string target = values.Out!;
            SweepManifest manifest = SweepMerger.Merge(parse.GetValue(shards)!, target, values.Force);
            stdout.WriteLine($"Merged {parse.GetValue(shards)!.Length} shards of '{manifest.Name}' ({manifest.Runs} runs) into {Path.GetFullPath(target)}");
            if (manifest.FailedRuns > 0)
            {
                stderr.WriteLine($"{manifest.FailedRuns} runs failed; see {Path.Combine(target, SweepAssembler.ErrorsFile)}");
                return ExitCodes.RunFailed;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
