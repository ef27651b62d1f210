using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Output.Report;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim report DIR</c>: writes report.html (one self-contained page for a class) into a results folder from its CSV files and manifest.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var folder = new Argument<string>("results") { Description = "A results folder written by 'teamsim run' (with manifest.json, runs.csv, timeseries.csv, summary.csv, comparison.csv)." };
        var common = new CommonOptions { Quiet = CommonOptions.QuietOption() };
        var command = new Command(
            "report",
            "Write report.html into a results folder: one self-contained page (no network, opens offline) with the headline result and its 95% CI, " +
            "time series, the reporting paradox, the trust network and timeline of a typical run per policy, the parameters, discussion questions and the command to reproduce it. " +
            "An existing report.html in that folder is replaced.\n\n" +
            "Examples:\n" +
            "  teamsim report results/classroom/20250101-120000\n" +
            "  teamsim run routine-drill --out results/drill && teamsim report results/drill");
        command.Add(folder);
        command.Add(common.Quiet!);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            CommonValues values = common.Read(parse);
            string written = ReportWriter.Write(parse.GetValue(folder)!, models);
            if (!values.Quiet)
            {
                stdout.WriteLine($"Wrote {written}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
