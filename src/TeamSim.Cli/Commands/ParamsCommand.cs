using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim params</c>: every parameter of a model with default, allowed range, unit and meaning.</summary>
public static class ParamsCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var model = new Option<string>("--model", "-m") { Description = "Model whose parameters to list.", DefaultValueFactory = _ => BuiltInModels.DefaultModel };
        var command = new Command(
            "params",
            "List every parameter: name (as used in scenario files and --set), default, allowed values, unit and meaning.\n\nExamples:\n  teamsim params\n  teamsim params --model team | grep leader.");
        command.Add(model);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            string name = parse.GetValue(model)!;
            if (!models.TryGet(name, out IModelFactory factory))
            {
                throw new InputException($"--model {name}: unknown model; known models: {string.Join(", ", models.Names)}");
            }

            IReadOnlyList<ParameterSpec> specs = factory.Parameters.Specs;
            int w1 = specs.Max(s => s.Name.Length);
            int w2 = Math.Max(7, specs.Max(s => s.FormatValue(s.Default).Length));
            int w3 = specs.Max(s => s.AllowedText.Length);
            stdout.WriteLine($"{"name".PadRight(w1)}  {"default".PadRight(w2)}  {"allowed".PadRight(w3)}  meaning");
            foreach (ParameterSpec s in specs)
            {
                string unit = string.IsNullOrEmpty(s.Unit) ? string.Empty : $" (unit: {s.Unit})";
                stdout.WriteLine($"{s.Name.PadRight(w1)}  {s.FormatValue(s.Default).PadRight(w2)}  {s.AllowedText.PadRight(w3)}  {s.Description}{unit}");
            }

            stdout.WriteLine();
            stdout.WriteLine($"Policy presets of '{factory.Name}': " + string.Join("; ", factory.PolicyPresets.Select(p =>
                p.Key + " (" + string.Join(", ", p.Value.Select(kv => $"{kv.Key}={(factory.Parameters.TryGet(kv.Key, out ParameterSpec spec) ? spec.FormatValue(kv.Value) : kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}")) + ")")));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
