using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Output.Pipeline;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim classroom</c>: runs the built-in classroom scenario and writes its report.html, in one step, for a teacher.</summary>
public static class ClassroomCommand
{
    /// <summary>The built-in scenario it runs.</summary>
    public const string Scenario = "classroom";

    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var open = new Option<bool>("--open") { Description = "Open report.html in the default browser when done." };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Results folder. Default: a new results/classroom/<yyyyMMdd-HHmmss>/. An existing non-empty folder is refused without --force."),
            Force = CommonOptions.ForceOption(),
            Quiet = CommonOptions.QuietOption(),
        };
        var command = new Command(
            "classroom",
            "Run the classroom scenario (command vs inquiry, a few seconds) and write report.html, a self-contained page to show a class.\n\n" +
            "Examples:\n" +
            "  teamsim classroom --open\n" +
            "  teamsim classroom --out results/lesson1");
        foreach (Option option in new Option[] { common.Out!, open, common.Force!, common.Quiet! })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            // The same pipeline as 'teamsim run classroom' (which writes report.html too), with the scenario's
            // own replications and ticks; without --out a default folder, unique even when classes start together.
            CommonValues values = common.Read(parse);
            var request = new RunRequest(Scenario, DateTimeOffset.UtcNow, parse.Tokens.Select(t => t.Value).ToArray())
            {
                Out = values.Out,
                Force = values.Force,
            };
            RunPlan plan = RunPipeline.Prepare(request, models);
            (int code, RunOutcome? outcome) = RunCommand.Execute(plan, values.Quiet, stdout, stderr);
            if (code == ExitCodes.Ok && parse.GetValue(open) && outcome?.Report is string report)
            {
                BrowserLauncher.Open(report, stderr);
            }

            return code;
        }));
        return command;
    }
}
