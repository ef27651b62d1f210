using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.Scenarios;

/// <summary>
/// The JSON Schema (draft 2020-12) of the scenario format, generated from the parameter registries
/// so it never drifts from them. <c>teamsim schema</c> prints it; scenarios/scenario.schema.json is
/// a committed copy that a test keeps equal to it.
/// </summary>
public static class ScenarioSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://teamsim.invalid/scenario.schema.json";

    /// <summary>Builds the schema text (indented, LF line ends, stable order).</summary>
    public static string Build(ModelCatalog catalog)
    {
        var specs = new SortedDictionary<string, ParameterSpec>(StringComparer.Ordinal);
        var presets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string name in catalog.Names)
        {
            catalog.TryGet(name, out IModelFactory model);
            foreach (ParameterSpec spec in model.Parameters.Specs)
            {
                specs.TryAdd(spec.Name, spec);
            }

            foreach (string preset in model.PolicyPresets.Keys)
            {
                presets.Add(preset);
            }
        }

        JsonObject parameters = ParametersSchema(specs);
        var namePattern = "^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$";
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "TeamSim scenario",
            ["description"] = "A model, its parameters, the leadership policies to compare, ticks, replications and seed. Semantic checks (ranges, preset names per model) are also applied by 'teamsim validate'.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string" },
                ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = namePattern, ["description"] = "Short name; also the results folder name." },
                ["description"] = new JsonObject { ["type"] = "string", ["maxLength"] = 4000, ["description"] = "What the scenario is meant to show." },
                ["model"] = new JsonObject { ["enum"] = new JsonArray(catalog.Names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()), ["default"] = BuiltInModels.DefaultModel },
                ["ticks"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = ScenarioLoader.MaxTicks, ["default"] = ScenarioLoader.DefaultTicks },
                ["replications"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = ScenarioLoader.MaxReplications, ["default"] = ScenarioLoader.DefaultReplications },
                ["seed"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = ulong.MaxValue, ["default"] = ScenarioLoader.DefaultSeed },
                ["parameters"] = parameters.DeepClone(),
                ["policies"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["maxItems"] = ScenarioLoader.MaxPolicies,
                    ["description"] = "Policies to compare: preset names, or objects with a name, an optional preset and parameter overrides. Defaults to every preset of the model.",
                    ["items"] = new JsonObject
                    {
                        ["oneOf"] = new JsonArray(
                            new JsonObject { ["enum"] = new JsonArray(presets.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()) },
                            new JsonObject
                            {
                                ["type"] = "object",
                                ["additionalProperties"] = false,
                                ["required"] = new JsonArray("name"),
                                ["properties"] = new JsonObject
                                {
                                    ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = namePattern },
                                    ["preset"] = new JsonObject { ["enum"] = new JsonArray(presets.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()) },
                                    ["description"] = new JsonObject { ["type"] = "string", ["maxLength"] = 4000 },
                                    ["parameters"] = parameters.DeepClone(),
                                },
                            }),
                    },
                },
            },
        };

        string text = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return text + "\n";
    }

    private static JsonObject ParametersSchema(SortedDictionary<string, ParameterSpec> specs)
    {
        // Flat dotted names ("team.size") and nested groups ("team": {"size": ...}) are both accepted.
        var properties = new JsonObject();
        var groups = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach ((string name, ParameterSpec spec) in specs)
        {
            properties[name] = ValueSchema(spec);
            int dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
            {
                string group = name[..dot];
                if (!groups.TryGetValue(group, out JsonObject? members))
                {
                    members = [];
                    groups[group] = members;
                }

                members[name[(dot + 1)..]] = ValueSchema(spec);
            }
        }

        foreach ((string group, JsonObject members) in groups)
        {
            properties[group] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = members };
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["description"] = "Parameter values by dotted name ('teamsim params' lists them), flat or grouped by their first segment.",
            ["properties"] = properties,
        };
    }

    private static JsonObject ValueSchema(ParameterSpec spec)
    {
        var node = new JsonObject { ["description"] = spec.Description };
        switch (spec.Kind)
        {
            case ParameterKind.Boolean:
                node["type"] = "boolean";
                node["default"] = spec.Default != 0;
                break;
            case ParameterKind.Choice:
                node["enum"] = new JsonArray(spec.Choices.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
                node["default"] = spec.FormatValue(spec.Default);
                break;
            default:
                node["type"] = spec.Kind == ParameterKind.Integer ? "integer" : "number";
                node["minimum"] = spec.Min;
                node["maximum"] = spec.Max;
                node["default"] = spec.Default;
                break;
        }

        return node;
    }
}
