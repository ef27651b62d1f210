using System.Globalization;
using System.Text.Json;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.Scenarios;

/// <summary>
/// Reads scenario files (JSON) and validates them against the model's parameter registry. Every
/// problem becomes one line <c>FILE: $.json.path: message</c> with the allowed values and a
/// "did you mean" for near-miss names, collected into an <see cref="InputException"/>.
/// </summary>
public sealed class ScenarioLoader
{
    /// <summary>Largest scenario file accepted, in bytes.</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>Deepest JSON nesting accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>Largest horizon in ticks.</summary>
    public const int MaxTicks = 10_000_000;

    /// <summary>Largest number of replications.</summary>
    public const int MaxReplications = 1_000_000;

    /// <summary>Most policies in one scenario.</summary>
    public const int MaxPolicies = 64;

    /// <summary>Default horizon when a scenario gives none.</summary>
    public const int DefaultTicks = 500;

    /// <summary>Default replications when a scenario gives none.</summary>
    public const int DefaultReplications = 100;

    /// <summary>Default master seed when a scenario gives none.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The top-level keys of a scenario file.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        ["$schema", "name", "description", "model", "parameters", "policies", "ticks", "replications", "seed"];

    private static readonly string[] PolicyKeys = ["name", "preset", "description", "parameters"];

    private readonly ModelCatalog _catalog;

    /// <summary>Creates a loader that knows the models of <paramref name="catalog"/>.</summary>
    public ScenarioLoader(ModelCatalog catalog) => _catalog = catalog;

    /// <summary>A loader for the built-in models.</summary>
    public static ScenarioLoader Default { get; } = new(BuiltInModels.Catalog);

    /// <summary>
    /// Loads a scenario from a file path, or a built-in scenario by name when no such file exists.
    /// </summary>
    /// <exception cref="InputException">Missing file, unknown name, or an invalid scenario.</exception>
    public Scenario Load(string fileOrName)
    {
        if (File.Exists(fileOrName))
        {
            return LoadFile(fileOrName);
        }

        if (BuiltInScenarios.Contains(fileOrName))
        {
            return LoadText(BuiltInScenarios.Text(fileOrName), "built-in:" + fileOrName);
        }

        bool looksLikePath = fileOrName.Contains('/', StringComparison.Ordinal) || fileOrName.Contains('\\', StringComparison.Ordinal)
            || fileOrName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (Directory.Exists(fileOrName))
        {
            throw new InputException($"{fileOrName}: is a folder; give a scenario file (a .json file) or a built-in scenario name");
        }

        if (looksLikePath)
        {
            throw new InputException($"{fileOrName}: file not found");
        }

        string? hint = NameSuggester.Closest(fileOrName, BuiltInScenarios.Names);
        throw new InputException(
            $"{fileOrName}: no such file and no built-in scenario of that name" + JsonProblemReader.DidYouMean(hint) +
            $"; built-in scenarios: {string.Join(", ", BuiltInScenarios.Names)}");
    }

    /// <summary>Loads and validates a scenario file.</summary>
    /// <exception cref="InputException">The file is missing, too large, malformed or invalid.</exception>
    public Scenario LoadFile(string path)
    {
        string text = InputFile.ReadBounded(path, MaxFileBytes, "a scenario");
        return LoadText(text, path);
    }

    /// <summary>Validates scenario JSON text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputException">Malformed or invalid.</exception>
    public Scenario LoadText(string json, string source)
    {
        if (json.Length > MaxFileBytes)
        {
            throw new InputException($"{source}: scenario is {json.Length} characters; at most {MaxFileBytes} are allowed");
        }

        JsonDocument document = JsonProblemReader.Parse(json, source, MaxDepth);

        using (document)
        {
            var problems = new JsonProblemReader(source);
            Scenario? scenario = Read(document.RootElement, problems);
            problems.ThrowIfAny();
            return scenario ?? throw new InputException(problems.Lines);
        }
    }

    /// <summary>Applies overrides and presets to what this loader read: see <see cref="ScenarioResolver"/>.</summary>
    public ScenarioResolver Resolver => new(_catalog);

    private IModelFactory ModelOf(Scenario scenario) =>
        _catalog.TryGet(scenario.Model, out IModelFactory model)
            ? model
            : throw new InputException($"{scenario.Source}: $.model: unknown model '{scenario.Model}'; known models: {string.Join(", ", _catalog.Names)}");

    private Scenario? Read(JsonElement root, JsonProblemReader problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", $"a scenario must be a JSON object, got {JsonProblemReader.Describe(root)}");
            return null;
        }

        problems.UnknownKeys(root, "$", TopLevelKeys, TopLevelKeys.Skip(1));

        string name = ReadName(root, "name", problems) ?? FallbackName(problems.Source);
        string description = problems.String(root, "description", 4000) ?? string.Empty;
        string modelName = problems.String(root, "model", 64) ?? BuiltInModels.DefaultModel;
        if (!_catalog.TryGet(modelName, out IModelFactory model))
        {
            problems.Add("$.model", $"unknown model '{modelName}'" + JsonProblemReader.DidYouMean(NameSuggester.Closest(modelName, _catalog.Names)) + $"; known models: {string.Join(", ", _catalog.Names)}");
            return null;
        }

        int ticks = problems.Integer(root, "ticks", 1, MaxTicks, DefaultTicks);
        int replications = problems.Integer(root, "replications", 1, MaxReplications, DefaultReplications);
        ulong seed = problems.UnsignedLong(root, "seed", DefaultSeed);

        var parameters = new List<ParameterValue>();
        if (root.TryGetProperty("parameters", out JsonElement parametersElement))
        {
            ReadParameters(parametersElement, "$.parameters", string.Empty, model.Parameters, parameters, problems);
        }

        List<PolicySpec> policies = root.TryGetProperty("policies", out JsonElement policiesElement)
            ? ReadPolicies(policiesElement, model, problems)
            : model.PolicyPresets.Keys.Select(p => new PolicySpec(p, p, [])).ToList();

        return new Scenario(name, description, modelName, parameters, policies, ticks, replications, seed, problems.Source);
    }

    private static List<PolicySpec> ReadPolicies(JsonElement element, IModelFactory model, JsonProblemReader problems)
    {
        var policies = new List<PolicySpec>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.policies", $"must be an array of preset names or {{\"name\", \"preset\", \"parameters\"}} objects, got {JsonProblemReader.Describe(element)}");
            return policies;
        }

        int count = element.GetArrayLength();
        if (count == 0 || count > MaxPolicies)
        {
            problems.Add("$.policies", $"must list 1 to {MaxPolicies} policies, got {count}");
            return policies;
        }

        string presetList = string.Join(", ", model.PolicyPresets.Keys);
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = $"$.policies[{index++}]";
            if (item.ValueKind == JsonValueKind.String)
            {
                string preset = item.GetString()!;
                if (!model.PolicyPresets.ContainsKey(preset))
                {
                    problems.Add(path, $"unknown policy '{preset}'" + JsonProblemReader.DidYouMean(NameSuggester.Closest(preset, model.PolicyPresets.Keys)) + $"; presets of model '{model.Name}': {presetList}");
                    continue;
                }

                AddPolicy(policies, new PolicySpec(preset, preset, []), path, problems);
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, $"must be a preset name or an object with name, preset and parameters, got {JsonProblemReader.Describe(item)}");
                continue;
            }

            problems.UnknownKeys(item, path, PolicyKeys);

            string? name = ReadName(item, "name", problems, path);
            if (name is null && !item.TryGetProperty("name", out _))
            {
                problems.Add(path + ".name", "is required");
            }

            _ = problems.String(item, "description", 4000, path);
            string? presetName = problems.String(item, "preset", 64, path);
            if (presetName is not null && !model.PolicyPresets.ContainsKey(presetName))
            {
                problems.Add(path + ".preset", $"unknown preset '{presetName}'" + JsonProblemReader.DidYouMean(NameSuggester.Closest(presetName, model.PolicyPresets.Keys)) + $"; presets of model '{model.Name}': {presetList}");
                presetName = null;
            }

            var parameters = new List<ParameterValue>();
            if (item.TryGetProperty("parameters", out JsonElement parametersElement))
            {
                ReadParameters(parametersElement, path + ".parameters", string.Empty, model.Parameters, parameters, problems);
            }

            if (name is not null)
            {
                AddPolicy(policies, new PolicySpec(name, presetName, parameters), path, problems);
            }
        }

        return policies;
    }

    private static void AddPolicy(List<PolicySpec> policies, PolicySpec policy, string path, JsonProblemReader problems)
    {
        if (policies.Any(p => p.Name == policy.Name))
        {
            problems.Add(path, $"policy name '{policy.Name}' is used twice; give each policy its own name");
            return;
        }

        policies.Add(policy);
    }

    /// <summary>Reads flat dotted names (<c>"team.size": 8</c>) and nested groups (<c>"team": {"size": 8}</c>) alike.</summary>
    private static void ReadParameters(JsonElement element, string path, string prefix, ParameterRegistry registry, List<ParameterValue> values, JsonProblemReader problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"must be an object of parameter names to values, got {JsonProblemReader.Describe(element)}");
            return;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name = prefix + property.Name;
            string propertyPath = path + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                if (!registry.Specs.Any(s => s.Name.StartsWith(name + ".", StringComparison.Ordinal)))
                {
                    problems.Add(propertyPath, $"unknown parameter group '{name}'" + JsonProblemReader.DidYouMean(NameSuggester.Closest(name, registry.Specs.Select(s => s.Name[..Math.Max(0, s.Name.IndexOf('.', StringComparison.Ordinal))]).Distinct())) + "; 'teamsim params' lists the parameters");
                    continue;
                }

                ReadParameters(property.Value, propertyPath, name + ".", registry, values, problems);
                continue;
            }

            if (!registry.TryGet(name, out ParameterSpec spec))
            {
                problems.Add(propertyPath, $"unknown parameter '{name}'" + JsonProblemReader.DidYouMean(registry.Suggest(name)) + "; 'teamsim params' lists the parameters");
                continue;
            }

            double? value = ReadValue(property.Value, spec, out string? typeProblem);
            if (value is null)
            {
                problems.Add(propertyPath, typeProblem!);
                continue;
            }

            string? rangeProblem = spec.Check(value.Value);
            if (rangeProblem is not null)
            {
                problems.Add(propertyPath, rangeProblem);
                continue;
            }

            if (values.Any(v => v.Name == name))
            {
                problems.Add(propertyPath, $"parameter '{name}' is given twice");
                continue;
            }

            values.Add(new ParameterValue(name, value.Value));
        }
    }

    private static double? ReadValue(JsonElement element, ParameterSpec spec, out string? problem)
    {
        problem = null;
        switch (spec.Kind)
        {
            case ParameterKind.Boolean:
                if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    return element.GetBoolean() ? 1 : 0;
                }

                problem = $"must be true or false, got {JsonProblemReader.Describe(element)}";
                return null;
            case ParameterKind.Choice:
                if (element.ValueKind == JsonValueKind.String && spec.ParseValue(element.GetString()!) is double choice)
                {
                    return choice;
                }

                string text = element.ValueKind == JsonValueKind.String ? element.GetString()! : string.Empty;
                problem = $"must be {spec.AllowedText}" + JsonProblemReader.DidYouMean(NameSuggester.Closest(text, spec.Choices)) + $", got {JsonProblemReader.Describe(element)}";
                return null;
            default:
                if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out double number) && double.IsFinite(number))
                {
                    return number;
                }

                problem = $"must be {spec.AllowedText}, got {JsonProblemReader.Describe(element)}";
                return null;
        }
    }

    private static string? ReadName(JsonElement parent, string key, JsonProblemReader problems, string path = "$")
    {
        string? value = problems.String(parent, key, 10_000, path);
        if (value is null)
        {
            return null;
        }

        if (!ScenarioNames.IsValid(value))
        {
            problems.Add($"{path}.{key}", $"{ScenarioNames.Rule}, got \"{JsonProblemReader.Shorten(value)}\"");
            return null;
        }

        return value;
    }

    private static string FallbackName(string source)
    {
        string stem = Path.GetFileNameWithoutExtension(source.StartsWith("built-in:", StringComparison.Ordinal) ? source["built-in:".Length..] : source);
        return ScenarioNames.IsValid(stem) ? stem : "scenario";
    }
}
