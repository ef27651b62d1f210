using System.CommandLine;
using System.Diagnostics;
using TeamSim.Core.Models;
using TeamSim.Output.Report;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim classroom</c>: runs the built-in classroom scenario and writes its report.html, in one step, for a teacher.</summary>
public static class ClassroomCommand
{
    /// <summary>The built-in scenario it runs.</summary>
    public const string Scenario = "classroom";

    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Results folder. Default: a new results/classroom/<yyyyMMdd-HHmmss>/. An existing non-empty folder is refused without --force." };
        var open = new Option<bool>("--open") { Description = "Open report.html in the default browser when done." };
        var force = new Option<bool>("--force") { Description = "Replace the contents of a non-empty --out folder." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var command = new Command(
            "classroom",
            "Run the classroom scenario (command vs inquiry, a few seconds) and write report.html, a self-contained page to show a class.\n\n" +
            "Examples:\n" +
            "  teamsim classroom --open\n" +
            "  teamsim classroom --out results/lesson1");
        foreach (Option option in new Option[] { output, open, force, quiet })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            // Without --out, 'run' picks the default folder, unique even when classes start together.
            var args = new List<string> { Scenario };
            if (parse.GetValue(output) is string target)
            {
                args.Add("--out");
                args.Add(target);
            }

            if (parse.GetValue(force))
            {
                args.Add("--force");
            }

            if (parse.GetValue(quiet))
            {
                args.Add("--quiet");
            }

            // The same code path as 'teamsim run classroom', which writes report.html too.
            string? written = null;
            int code = RunCommand.Create(models, folder => written = folder).Parse(args).Invoke(new() { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = true });
            if (code != ExitCodes.Ok || !parse.GetValue(open) || written is null)
            {
                return code;
            }

            string report = Path.Combine(written, ReportWriter.FileName);
            BrowserLauncher.Open(report, stderr);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
