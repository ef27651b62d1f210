using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim scenarios</c>: lists the built-in scenarios, one line each.</summary>
public static class ScenariosCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var command = new Command("scenarios", "List the built-in scenarios (run one with 'teamsim run NAME').\n\nExample:\n  teamsim scenarios");
        command.SetAction(CommandGuard.Wrap((_, stdout, _) =>
        {
            int width = BuiltInScenarios.Names.Max(n => n.Length);
            foreach (string name in BuiltInScenarios.Names)
            {
                Scenario s = new ScenarioLoader(models).Load(name);
                string first = s.Description.Split(". ")[0].TrimEnd('.');
                stdout.WriteLine($"{name.PadRight(width)}  {string.Join(" vs ", s.Policies.Select(p => p.Name))}; {s.Ticks} ticks x {s.Replications} reps. {first}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
