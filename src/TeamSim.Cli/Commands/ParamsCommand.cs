using System.CommandLine;
using System.Text.Json;
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
        var common = new CommonOptions { Format = CommonOptions.FormatOption() };
        var command = new Command(
            "params",
            "List every parameter: name (as used in scenario files and --set), default, allowed values, unit, meaning and source.\n\nExamples:\n  teamsim params\n  teamsim params --model team | grep leader.\n  teamsim params --format json > params.json");
        command.Add(model);
        command.Add(common.Format!);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            string name = parse.GetValue(model)!;
            if (!models.TryGet(name, out IModelFactory factory))
            {
                throw new InputException($"--model {name}: unknown model; known models: {string.Join(", ", models.Names)}");
            }

            CommonValues values = common.Read(parse);
            IReadOnlyList<ParameterSpec> specs = factory.Parameters.Specs;
            if (values.Json)
            {
                WriteJson(stdout, factory, specs);
                return ExitCodes.Ok;
            }

            int w1 = specs.Max(s => s.Name.Length);
            int w2 = Math.Max(7, specs.Max(s => s.FormatValue(s.Default).Length));
            int w3 = specs.Max(s => s.AllowedText.Length);
            stdout.WriteLine($"{"name".PadRight(w1)}  {"default".PadRight(w2)}  {"allowed".PadRight(w3)}  meaning");
            foreach (ParameterSpec s in specs)
            {
                string unit = string.IsNullOrEmpty(s.Unit) ? string.Empty : $" (unit: {s.Unit})";
                string source = string.IsNullOrEmpty(s.Source) ? string.Empty : $" [source: {s.Source}]";
                stdout.WriteLine($"{s.Name.PadRight(w1)}  {s.FormatValue(s.Default).PadRight(w2)}  {s.AllowedText.PadRight(w3)}  {s.Description}{unit}{source}");
            }

            stdout.WriteLine();
            stdout.WriteLine($"Policy presets of '{factory.Name}': " + string.Join("; ", factory.PolicyPresets.Select(p =>
                p.Key + " (" + string.Join(", ", p.Value.Select(kv => $"{kv.Key}={(factory.Parameters.TryGet(kv.Key, out ParameterSpec spec) ? spec.FormatValue(kv.Value) : kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}")) + ")")));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The parameters and presets as one JSON object, for scripts.</summary>
    private static void WriteJson(TextWriter stdout, IModelFactory factory, IReadOnlyList<ParameterSpec> specs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("model", factory.Name);
            json.WriteStartArray("parameters");
            foreach (ParameterSpec s in specs)
            {
                json.WriteStartObject();
                json.WriteString("name", s.Name);
                json.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
                json.WriteString("default", s.FormatValue(s.Default));
                if (s.Choices.Count > 0)
                {
                    json.WriteStartArray("choices");
                    foreach (string choice in s.Choices)
                    {
                        json.WriteStringValue(choice);
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteNumber("min", s.Min);
                    json.WriteNumber("max", s.Max);
                }

                json.WriteString("allowed", s.AllowedText);
                json.WriteString("unit", s.Unit);
                json.WriteString("symbol", s.Symbol);
                json.WriteString("meaning", s.Description);
                json.WriteString("source", s.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("presets");
            foreach (var preset in factory.PolicyPresets)
            {
                json.WriteStartObject(preset.Key);
                foreach (var kv in preset.Value)
                {
                    json.WriteNumber(kv.Key, kv.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
