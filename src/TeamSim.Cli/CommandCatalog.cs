using System.CommandLine;
using TeamSim.Cli.Commands;
using TeamSim.Core.Models;

namespace TeamSim.Cli;

/// <summary>The single place that lists the commands of <c>teamsim</c>. A new command is one file under Commands/ plus a line in <see cref="Build"/> and one in <see cref="Summaries"/>.</summary>
public static class CommandCatalog
{
    /// <summary>One line per command for the short <c>teamsim --help</c> and <c>teamsim help</c>, in the order listed.</summary>
    public static IReadOnlyDictionary<string, string> Summaries { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["run"] = "run every policy of a scenario for N paired replications and write CSVs and plots",
        ["scenarios"] = "list the built-in scenarios",
        ["params"] = "list every parameter with its default, allowed range, unit and meaning",
        ["validate"] = "check a scenario file without running it",
        ["schema"] = "print the JSON Schema of scenario files",
        ["march"] = "reproduce March's (1991) exploration/exploitation Figure 1",
        ["sweep"] = "run a parameter study (grid, Latin hypercube, Sobol', Morris) on all cores",
        ["merge"] = "merge the shards of one sweep",
        ["analyze"] = "analyse a sweep folder: sensitivity indices, paired contrasts, regime maps",
        ["calibrate"] = "fit factors to target values of run metrics by ABC-SMC (posterior, check, plots)",
        ["ablate"] = "run a scenario once per ablation switch, paired, and tabulate what changes",
        ["slurm"] = "run a sweep on a Slurm cluster as a job array",
        ["report"] = "(re)write report.html in a results folder",
        ["classroom"] = "run the classroom scenario and write report.html for a class",
        ["explore"] = "open the interactive explorer in the browser",
    };

    /// <summary>Builds the root command with every subcommand, for the models of <paramref name="models"/>.</summary>
    public static RootCommand Build(ModelCatalog models)
    {
        var root = new RootCommand(
            "TeamSim: an agent-based simulator of leadership under escalating failures.\n\n" +
            "Examples:\n" +
            "  teamsim run classroom                       compare command vs inquiry (a few seconds)\n" +
            "  teamsim classroom --open                    the same, then open report.html to show a class\n" +
            "  teamsim run classroom --replications 400 --out results/demo\n" +
            "  teamsim run my-scenario.json --set incidents.novelty=0.6 --policy inquiry --policy command\n" +
            "  teamsim scenarios                           list built-in scenarios\n" +
            "  teamsim params                              list every parameter with default, range and meaning\n" +
            "  teamsim validate my-scenario.json           check a scenario file\n" +
            "  teamsim schema > scenario.schema.json       the JSON Schema of scenario files\n" +
            "  teamsim march                               reproduce March's (1991) exploration/exploitation Figure 1\n" +
            "  teamsim explore                             the interactive explorer in the browser\n\n" +
            "Exit codes: 0 success, 1 run failure, 2 bad input or usage.");
        root.Add(CommonOptions.VerboseOption());
        root.Add(RunCommand.Create(models));
        root.Add(AblateCommand.Create(models));
        root.Add(ScenariosCommand.Create(models));
        root.Add(ParamsCommand.Create(models));
        root.Add(ValidateCommand.Create(models));
        root.Add(SchemaCommand.Create(models));
        root.Add(MarchCommand.Create());
        SweepCommands.AddTo(root, models);
        root.Add(CalibrateCommand.Create(models));
        root.Add(SlurmCommand.Create(models));
        root.Add(ReportCommand.Create(models));
        root.Add(ClassroomCommand.Create(models));
        root.Add(ExploreCommand.Create());
        return root;
    }
}
