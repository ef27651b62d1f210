using System.CommandLine;
using System.Text.Json;
using TeamSim.Core.Models;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim scenarios</c>: lists the built-in scenarios, one line each, or as JSON for scripts.</summary>
public static class ScenariosCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var common = new CommonOptions { Format = CommonOptions.FormatOption() };
        var command = new Command(
            "scenarios",
            "List the built-in scenarios (run one with 'teamsim run NAME'): policies, ticks, replications and what each shows.\n\n" +
            "Examples:\n  teamsim scenarios\n  teamsim scenarios --format json > scenarios.json");
        command.Add(common.Format!);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            CommonValues values = common.Read(parse);
            var loader = new ScenarioLoader(models);
            (string Name, Scenario Scenario)[] scenarios = BuiltInScenarios.Names.Select(name => (name, loader.Load(name))).ToArray();
            if (values.Json)
            {
                WriteJson(stdout, scenarios);
                return ExitCodes.Ok;
            }

            int width = scenarios.Max(s => s.Name.Length);
            foreach ((string name, Scenario s) in scenarios)
            {
                string first = s.Description.Split(". ")[0].TrimEnd('.');
                stdout.WriteLine($"{name.PadRight(width)}  {string.Join(" vs ", s.Policies.Select(p => p.Name))}; {s.Ticks} ticks x {s.Replications} reps. {first}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The scenarios as one JSON object, for scripts: name, model, description, policies, ticks, replications and seed of each.</summary>
    private static void WriteJson(TextWriter stdout, IReadOnlyList<(string Name, Scenario Scenario)> scenarios)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartArray("scenarios");
            foreach ((string name, Scenario s) in scenarios)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("model", s.Model);
                json.WriteString("description", s.Description);
                json.WriteStartArray("policies");
                foreach (PolicySpec policy in s.Policies)
                {
                    json.WriteStringValue(policy.Name);
                }

                json.WriteEndArray();
                json.WriteNumber("ticks", s.Ticks);
                json.WriteNumber("replications", s.Replications);
                json.WriteNumber("seed", s.Seed);
                json.WriteString("run", $"teamsim run {name}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
