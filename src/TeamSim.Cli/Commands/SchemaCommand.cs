using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim schema</c>: prints the JSON Schema of scenario files.</summary>
public static class SchemaCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var command = new Command(
            "schema",
            "Print the JSON Schema (draft 2020-12) of scenario files; scenarios/scenario.schema.json is a copy.\n\nExample:\n  teamsim schema > scenarios/scenario.schema.json");
        command.SetAction(CommandGuard.Wrap((_, stdout, _) =>
        {
            stdout.Write(ScenarioSchema.Build(models));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
