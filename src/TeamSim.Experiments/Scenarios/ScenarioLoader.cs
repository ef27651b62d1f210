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
            $"{fileOrName}: no such file and no built-in scenario of that name" + JsonFields.DidYouMean(hint) +
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

        JsonDocument document = JsonFields.Parse(json, source, MaxDepth);

        using (document)
        {
            var problems = new Problems(source);
            Scenario? scenario = Read(document.RootElement, problems);
            if (problems.Count > 0 || scenario is null)
            {
                throw new InputException(problems.Lines);
            }

            return scenario;
        }
    }

    /// <summary>Applies command-line overrides; each problem names the option it came from.</summary>
    /// <exception cref="InputException">An override is invalid.</exception>
    public Scenario ApplyOverrides(Scenario scenario, ScenarioOverrides overrides)
    {
        var problems = new List<string>();
        IModelFactory model = ModelOf(scenario);
        Scenario result = scenario;
        if (overrides.Replications is int reps)
        {
            if (reps < 1 || reps > MaxReplications)
            {
                problems.Add($"--replications: must be an integer in [1, {MaxReplications}], got {reps}");
            }
            else
            {
                result = result with { Replications = reps };
            }
        }

        if (overrides.Ticks is int ticks)
        {
            if (ticks < 1 || ticks > MaxTicks)
            {
                problems.Add($"--ticks: must be an integer in [1, {MaxTicks}], got {ticks}");
            }
            else
            {
                result = result with { Ticks = ticks };
            }
        }

        if (overrides.Seed is ulong seed)
        {
            result = result with { Seed = seed };
        }

        if (overrides.Policies is { Count: > 0 } wanted)
        {
            var kept = new List<PolicySpec>();
            foreach (string name in wanted)
            {
                PolicySpec? found = scenario.Policies.FirstOrDefault(p => p.Name == name);
                if (found is null && model.PolicyPresets.ContainsKey(name))
                {
                    found = new PolicySpec(name, name, []);
                }

                if (found is null)
                {
                    string[] known = scenario.Policies.Select(p => p.Name).Concat(model.PolicyPresets.Keys).Distinct().ToArray();
                    problems.Add($"--policy {name}: unknown policy" + JsonFields.DidYouMean(NameSuggester.Closest(name, known)) + $"; known policies: {string.Join(", ", known)}");
                }
                else if (kept.Any(p => p.Name == found.Name))
                {
                    problems.Add($"--policy {name}: given twice");
                }
                else
                {
                    kept.Add(found);
                }
            }

            result = result with { Policies = kept };
        }

        if (overrides.Sets is { Count: > 0 } sets)
        {
            var values = new List<ParameterValue>(result.Overrides);
            foreach (string assignment in sets)
            {
                int eq = assignment.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    problems.Add($"--set {assignment}: expected path=value, e.g. --set incidents.novelty=0.6");
                    continue;
                }

                string name = assignment[..eq].Trim();
                string text = assignment[(eq + 1)..].Trim();
                if (!model.Parameters.TryGet(name, out ParameterSpec spec))
                {
                    problems.Add($"--set {assignment}: unknown parameter '{name}' of model '{model.Name}'" + JsonFields.DidYouMean(model.Parameters.Suggest(name)) + "; 'teamsim params' lists them");
                    continue;
                }

                double? value = spec.ParseValue(text);
                string? problem = value is double v ? spec.Check(v) : $"must be {spec.AllowedText}, got '{text}'";
                if (problem is not null)
                {
                    problems.Add($"--set {assignment}: {name}: {problem}");
                    continue;
                }

                values.Add(new ParameterValue(name, value!.Value));
            }

            result = result with { Overrides = values };
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return result;
    }

    /// <summary>
    /// Binds a scenario to its model and resolves each policy's parameters: model defaults, then the
    /// scenario's parameters, the policy's preset, the policy's parameters and finally the overrides.
    /// </summary>
    /// <exception cref="InputException">A value is rejected by the registry.</exception>
    public ResolvedScenario Resolve(Scenario scenario)
    {
        IModelFactory model = ModelOf(scenario);
        var policies = new List<ResolvedPolicy>();
        var problems = new List<string>();
        foreach (PolicySpec policy in scenario.Policies)
        {
            ParameterSet set = model.Parameters.Defaults();
            try
            {
                set = Apply(set, scenario.Parameters);
                if (policy.Preset is not null)
                {
                    foreach (KeyValuePair<string, double> kv in model.PolicyPresets[policy.Preset])
                    {
                        set = set.With(kv.Key, kv.Value);
                    }
                }

                set = Apply(set, policy.Parameters);
                set = Apply(set, scenario.Overrides);
            }
            catch (ArgumentException e)
            {
                problems.Add($"{scenario.Source}: policy '{policy.Name}': {e.Message}");
                continue;
            }

            policies.Add(new ResolvedPolicy(policy.Name, policy.Preset, set));
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return new ResolvedScenario(scenario, model, policies);
    }

    /// <summary>
    /// Creates one model per policy (replication 0) so parameter combinations the model rejects
    /// (an <see cref="ArgumentException"/> from its constructor) are reported as bad input before
    /// anything runs. Call it after <see cref="ResourceEstimate"/> has accepted the sizes.
    /// </summary>
    /// <exception cref="InputException">The model rejects a policy's parameters.</exception>
    public static void CheckModelAccepts(ResolvedScenario resolved)
    {
        var problems = new List<string>();
        var workspace = new ModelWorkspace(); // the policies' models share their arrays: one team's memory, not one per policy
        foreach (ResolvedPolicy policy in resolved.Policies)
        {
            try
            {
                _ = resolved.Model.Create(policy.Parameters, new RunSeeds(resolved.Scenario.Seed, 0, 0), new ModelRunOptions(resolved.Scenario.Ticks, Workspace: workspace));
            }
            catch (ArgumentException e)
            {
                problems.Add($"{resolved.Scenario.Source}: policy '{policy.Name}': {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }
    }

    private static ParameterSet Apply(ParameterSet set, IReadOnlyList<ParameterValue> values)
    {
        foreach (ParameterValue v in values)
        {
            set = set.With(v.Name, v.Value);
        }

        return set;
    }

    private IModelFactory ModelOf(Scenario scenario) =>
        _catalog.TryGet(scenario.Model, out IModelFactory model)
            ? model
            : throw new InputException($"{scenario.Source}: $.model: unknown model '{scenario.Model}'; known models: {string.Join(", ", _catalog.Names)}");

    private Scenario? Read(JsonElement root, Problems problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", $"a scenario must be a JSON object, got {JsonFields.Describe(root)}");
            return null;
        }

        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!TopLevelKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add("$." + property.Name, $"unknown key '{property.Name}'" + JsonFields.DidYouMean(NameSuggester.Closest(property.Name, TopLevelKeys)) + $"; allowed keys: {string.Join(", ", TopLevelKeys.Skip(1))}");
            }
        }

        string name = ReadName(root, "name", problems) ?? FallbackName(problems.Source);
        string description = JsonFields.String(root, "description", 4000, problems.Add) ?? string.Empty;
        string modelName = JsonFields.String(root, "model", 64, problems.Add) ?? BuiltInModels.DefaultModel;
        if (!_catalog.TryGet(modelName, out IModelFactory model))
        {
            problems.Add("$.model", $"unknown model '{modelName}'" + JsonFields.DidYouMean(NameSuggester.Closest(modelName, _catalog.Names)) + $"; known models: {string.Join(", ", _catalog.Names)}");
            return null;
        }

        int ticks = JsonFields.Integer(root, "ticks", 1, MaxTicks, DefaultTicks, problems.Add);
        int replications = JsonFields.Integer(root, "replications", 1, MaxReplications, DefaultReplications, problems.Add);
        ulong seed = DefaultSeed;
        if (root.TryGetProperty("seed", out JsonElement seedElement))
        {
            if (seedElement.ValueKind != JsonValueKind.Number || !seedElement.TryGetUInt64(out seed))
            {
                problems.Add("$.seed", $"must be an integer in [0, {ulong.MaxValue}], got {JsonFields.Describe(seedElement)}");
            }
        }

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

    private static List<PolicySpec> ReadPolicies(JsonElement element, IModelFactory model, Problems problems)
    {
        var policies = new List<PolicySpec>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.policies", $"must be an array of preset names or {{\"name\", \"preset\", \"parameters\"}} objects, got {JsonFields.Describe(element)}");
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
                    problems.Add(path, $"unknown policy '{preset}'" + JsonFields.DidYouMean(NameSuggester.Closest(preset, model.PolicyPresets.Keys)) + $"; presets of model '{model.Name}': {presetList}");
                    continue;
                }

                AddPolicy(policies, new PolicySpec(preset, preset, []), path, problems);
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, $"must be a preset name or an object with name, preset and parameters, got {JsonFields.Describe(item)}");
                continue;
            }

            foreach (JsonProperty property in item.EnumerateObject())
            {
                if (!PolicyKeys.Contains(property.Name, StringComparer.Ordinal))
                {
                    problems.Add($"{path}.{property.Name}", $"unknown key '{property.Name}'" + JsonFields.DidYouMean(NameSuggester.Closest(property.Name, PolicyKeys)) + $"; allowed keys: {string.Join(", ", PolicyKeys)}");
                }
            }

            string? name = ReadName(item, "name", problems, path);
            if (name is null && !item.TryGetProperty("name", out _))
            {
                problems.Add(path + ".name", "is required");
            }

            _ = JsonFields.String(item, "description", 4000, problems.Add, path);
            string? presetName = JsonFields.String(item, "preset", 64, problems.Add, path);
            if (presetName is not null && !model.PolicyPresets.ContainsKey(presetName))
            {
                problems.Add(path + ".preset", $"unknown preset '{presetName}'" + JsonFields.DidYouMean(NameSuggester.Closest(presetName, model.PolicyPresets.Keys)) + $"; presets of model '{model.Name}': {presetList}");
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

    private static void AddPolicy(List<PolicySpec> policies, PolicySpec policy, string path, Problems problems)
    {
        if (policies.Any(p => p.Name == policy.Name))
        {
            problems.Add(path, $"policy name '{policy.Name}' is used twice; give each policy its own name");
            return;
        }

        policies.Add(policy);
    }

    /// <summary>Reads flat dotted names (<c>"team.size": 8</c>) and nested groups (<c>"team": {"size": 8}</c>) alike.</summary>
    private static void ReadParameters(JsonElement element, string path, string prefix, ParameterRegistry registry, List<ParameterValue> values, Problems problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"must be an object of parameter names to values, got {JsonFields.Describe(element)}");
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
                    problems.Add(propertyPath, $"unknown parameter group '{name}'" + JsonFields.DidYouMean(NameSuggester.Closest(name, registry.Specs.Select(s => s.Name[..Math.Max(0, s.Name.IndexOf('.', StringComparison.Ordinal))]).Distinct())) + "; 'teamsim params' lists the parameters");
                    continue;
                }

                ReadParameters(property.Value, propertyPath, name + ".", registry, values, problems);
                continue;
            }

            if (!registry.TryGet(name, out ParameterSpec spec))
            {
                problems.Add(propertyPath, $"unknown parameter '{name}'" + JsonFields.DidYouMean(registry.Suggest(name)) + "; 'teamsim params' lists the parameters");
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

                problem = $"must be true or false, got {JsonFields.Describe(element)}";
                return null;
            case ParameterKind.Choice:
                if (element.ValueKind == JsonValueKind.String && spec.ParseValue(element.GetString()!) is double choice)
                {
                    return choice;
                }

                string text = element.ValueKind == JsonValueKind.String ? element.GetString()! : string.Empty;
                problem = $"must be {spec.AllowedText}" + JsonFields.DidYouMean(NameSuggester.Closest(text, spec.Choices)) + $", got {JsonFields.Describe(element)}";
                return null;
            default:
                if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out double number) && double.IsFinite(number))
                {
                    return number;
                }

                problem = $"must be {spec.AllowedText}, got {JsonFields.Describe(element)}";
                return null;
        }
    }

    private static string? ReadName(JsonElement parent, string key, Problems problems, string path = "$")
    {
        string? value = JsonFields.String(parent, key, 10_000, problems.Add, path);
        if (value is null)
        {
            return null;
        }

        if (!ScenarioNames.IsValid(value))
        {
            problems.Add($"{path}.{key}", $"{ScenarioNames.Rule}, got \"{JsonFields.Shorten(value)}\"");
            return null;
        }

        return value;
    }

    private static string FallbackName(string source)
    {
        string stem = Path.GetFileNameWithoutExtension(source.StartsWith("built-in:", StringComparison.Ordinal) ? source["built-in:".Length..] : source);
        return ScenarioNames.IsValid(stem) ? stem : "scenario";
    }

    private sealed class Problems(string source)
    {
        private readonly List<string> _lines = [];

        public string Source { get; } = source;

        public int Count => _lines.Count;

        public IReadOnlyList<string> Lines => _lines;

        public void Add(string path, string message) =>
            _lines.Add(string.Create(CultureInfo.InvariantCulture, $"{Source}: {path}: {message}"));
    }
}
