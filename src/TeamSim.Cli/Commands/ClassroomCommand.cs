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
            string target = parse.GetValue(output) ?? RunCommand.DefaultFolder(Scenario, DateTimeOffset.UtcNow);
            var args = new List<string> { Scenario, "--out", target };
            if (parse.GetValue(force))
            {
                args.Add("--force");
            }

            if (parse.GetValue(quiet))
            {
                args.Add("--quiet");
            }

            // The same code path as 'teamsim run classroom', which writes report.html too.
            int code = RunCommand.Create(models).Parse(args).Invoke(new() { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = true });
            string report = Path.Combine(Path.GetFullPath(target), ReportWriter.FileName);
            if (code != ExitCodes.Ok || !parse.GetValue(open))
            {
                return code;
            }

            BrowserLauncher.Open(report, stderr);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
