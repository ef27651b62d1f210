using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim validate</c>: checks a scenario file without running it.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var file = new Argument<string>("scenario") { Description = "A scenario file (.json) or a built-in scenario name." };
        var command = new Command(
            "validate",
            "Check a scenario file: JSON syntax, known keys and parameters, types, ranges, policy names. Prints 'ok' or one line per problem (exit 2).\n\nExample:\n  teamsim validate scenarios/classroom.json");
        command.Add(file);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            ScenarioLoader loader = new ScenarioLoader(models);
            Scenario s = loader.Load(parse.GetValue(file)!);
            ResolvedScenario resolved = loader.Resolver.Resolve(s);
            ScenarioResolver.CheckModelAccepts(resolved);
            stdout.WriteLine($"{s.Source}: ok: '{s.Name}', model {s.Model}, policies {string.Join(", ", s.Policies.Select(p => p.Name))}, {s.Ticks} ticks x {s.Replications} replications, seed {s.Seed}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
