using System.CommandLine;
using TeamSim.Cli.Commands;
using TeamSim.Core.Models;

namespace TeamSim.Cli;

/// <summary>The single place that lists the commands of <c>teamsim</c>. A new command is one file under Commands/ plus one line here.</summary>
public static class CommandCatalog
{
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
        root.Add(RunCommand.Create(models));
        root.Add(AblateCommand.Create(models));
        root.Add(ScenariosCommand.Create(models));
        root.Add(ParamsCommand.Create(models));
        root.Add(ValidateCommand.Create(models));
        root.Add(SchemaCommand.Create(models));
        root.Add(MarchCommand.Create());
        SweepCommands.AddTo(root, models);
        root.Add(SlurmCommand.Create(models));
        root.Add(ReportCommand.Create(models));
        root.Add(ClassroomCommand.Create(models));
        root.Add(ExploreCommand.Create());
        return root;
    }
}
