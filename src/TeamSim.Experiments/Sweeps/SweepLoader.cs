using System.Globalization;
using System.Numerics;
using System.Text.Json;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// Reads sweep files (JSON: base scenario, factors, design, replications, seed, metrics) and
/// validates them against the base scenario's model. Every problem becomes one line
/// <c>FILE: $.json.path: message</c>, collected into an <see cref="InputException"/> (exit code 2),
/// as for scenario files.
/// </summary>
public sealed class SweepLoader
{
    /// <summary>Largest sweep file accepted, in bytes.</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>Most factors in one sweep.</summary>
    public const int MaxFactors = 64;

    /// <summary>The top-level keys of a sweep file.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        ["$schema", "name", "description", "base", "policies", "ticks", "replications", "seed", "factors", "design", "metrics", "independent_points", "chunk_runs"];

    private static readonly string[] FactorKeys = ["parameter", "min", "max", "values", "scale", "integer", "levels"];

    private static readonly Dictionary<string, string[]> DesignKeys = new(StringComparer.Ordinal)
    {
        ["grid"] = ["type"],
        ["lhs"] = ["type", "points", "candidates"],
        ["sobol"] = ["type", "n", "second_order"],
        ["morris"] = ["type", "trajectories", "levels", "candidates"],
    };

    private readonly Func<string, string, SweepBase> _resolveBase;

    /// <summary>Creates a loader.</summary>
    /// <param name="resolveBase">
    /// Loads the base scenario named in a sweep file: (value of <c>base</c>, folder of the sweep file)
    /// to the resolved base; throws <see cref="InputException"/> when it cannot.
    /// </param>
    public SweepLoader(Func<string, string, SweepBase> resolveBase) => _resolveBase = resolveBase;

    /// <summary>
    /// A loader whose "base" is a scenario: a file beside the sweep file, else a path from the working
    /// folder or a built-in scenario name, resolved and checked by <paramref name="scenarios"/>.
    /// </summary>
    public static SweepLoader WithScenarioBases(ScenarioLoader scenarios) => new(ScenarioBases(scenarios));

    /// <summary>
    /// Resolves the "base" of a study file (sweep or calibration) as a scenario: a file beside the study
    /// file, else a path from the working folder or a built-in scenario name, checked by <paramref name="scenarios"/>.
    /// </summary>
    public static Func<string, string, SweepBase> ScenarioBases(ScenarioLoader scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return (name, folder) =>
        {
            string beside = Path.Combine(folder, name);
            Scenario scenario = scenarios.Load(File.Exists(beside) ? beside : name);
            ResolvedScenario resolved = scenarios.Resolve(scenario);
            ScenarioLoader.CheckModelAccepts(resolved);
            return new SweepBase(
                scenario.Name,
                resolved.Model,
                resolved.Policies.Select(p => new SweepPolicy(p.Name, p.Parameters)).ToArray(),
                scenario.Ticks,
                scenario.Replications,
                scenario.Seed);
        };
    }

    /// <summary>Loads and validates a sweep file.</summary>
    /// <exception cref="InputException">Missing, too large, malformed or invalid.</exception>
    public SweepDefinition LoadFile(string path)
    {
        string text = InputFile.ReadBounded(path, MaxFileBytes, "a sweep file");
        return LoadText(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Validates sweep JSON text; <paramref name="source"/> names it in messages, <paramref name="folder"/> anchors a relative base path.</summary>
    /// <exception cref="InputException">Malformed or invalid.</exception>
    public SweepDefinition LoadText(string json, string source, string folder)
    {
        JsonDocument document = JsonFields.Parse(json, source, ScenarioLoader.MaxDepth);

        using (document)
        {
            var problems = new List<string>();
            SweepDefinition? sweep = Read(document.RootElement, source, folder, problems);
            if (problems.Count > 0 || sweep is null)
            {
                throw new InputException(problems.Count > 0 ? problems : [$"{source}: $: invalid sweep"]);
            }

            return sweep;
        }
    }

    private SweepDefinition? Read(JsonElement root, string source, string folder, List<string> problems)
    {
        void Add(string path, string message) => problems.Add($"{source}: {path}: {message}");

        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", $"a sweep must be a JSON object, got {JsonFields.Describe(root)}");
            return null;
        }

        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!TopLevelKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                Add("$." + property.Name, $"unknown key '{property.Name}'" + JsonFields.DidYouMean(NameSuggester.Closest(property.Name, TopLevelKeys)) + $"; allowed keys: {string.Join(", ", TopLevelKeys.Skip(1))}");
            }
        }

        string name = JsonFields.String(root, "name", 4000, Add, "$") ?? Path.GetFileNameWithoutExtension(source);
        if (!ScenarioNames.IsValid(name))
        {
            Add("$.name", $"{ScenarioNames.Rule}, got \"{JsonFields.Shorten(name)}\"");
        }

        string description = JsonFields.String(root, "description", 4000, Add, "$") ?? string.Empty;
        string? baseName = JsonFields.String(root, "base", 4000, Add, "$");
        if (baseName is null)
        {
            if (!root.TryGetProperty("base", out _))
            {
                Add("$.base", "is required: a scenario file (relative to this file) or a built-in scenario name");
            }

            return null;
        }

        SweepBase scenario;
        try
        {
            scenario = _resolveBase(baseName, folder);
        }
        catch (InputException e)
        {
            Add("$.base", $"cannot load '{baseName}': " + string.Join("; ", e.Problems));
            return null;
        }

        IModelFactory model = scenario.Model;
        IReadOnlyList<SweepPolicy> policies = ReadPolicies(root, scenario, Add);
        int ticks = JsonFields.Integer(root, "ticks", 1, 10_000_000, scenario.Ticks, Add);
        int replications = JsonFields.Integer(root, "replications", 1, 1_000_000, scenario.Replications, Add);
        ulong seed = scenario.Seed;
        if (root.TryGetProperty("seed", out JsonElement seedElement) && (seedElement.ValueKind != JsonValueKind.Number || !seedElement.TryGetUInt64(out seed)))
        {
            Add("$.seed", $"must be an integer in [0, {ulong.MaxValue}], got {JsonFields.Describe(seedElement)}");
        }

        bool independent = JsonFields.Boolean(root, "independent_points", false, Add);
        int chunkRuns = JsonFields.Integer(root, "chunk_runs", 0, 1_000_000, 0, Add);
        List<Factor> factors = ReadFactors(root, model.Parameters, Add);
        SweepDesignSpec? design = ReadDesign(root, factors.Count, Add);
        string[] metrics = ReadMetrics(root, model, Add);
        if (problems.Count > 0 || design is null)
        {
            return null;
        }

        // Sized before anything is built: a design too large to build or run is one line, not an
        // exhausted machine or an overflow.
        if (SweepSize.Of(design, factors, policies.Count, replications).Problem(design, factors.Count, policies.Count, replications) is string tooLarge)
        {
            Add("$.design", tooLarge);
            return null;
        }

        try
        {
            var plan = new SweepPlan(model, policies, factors, design, replications, ticks, seed, metrics, independent, chunkRuns);
            return new SweepDefinition(name, description, source, plan);
        }
        catch (ArgumentException e)
        {
            Add("$", e.Message);
            return null;
        }
    }

    private static IReadOnlyList<SweepPolicy> ReadPolicies(JsonElement root, SweepBase scenario, Action<string, string> add)
    {
        if (!root.TryGetProperty("policies", out JsonElement element))
        {
            return scenario.Policies;
        }

        string known = string.Join(", ", scenario.Policies.Select(p => p.Name));
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            add("$.policies", $"must be a non-empty array of policy names of the base scenario ({known}), got {JsonFields.Describe(element)}");
            return scenario.Policies;
        }

        var chosen = new List<SweepPolicy>();
        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = $"$.policies[{i++}]";
            string? wanted = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            SweepPolicy? found = scenario.Policies.FirstOrDefault(p => p.Name == wanted);
            if (found is null)
            {
                add(path, $"unknown policy {JsonFields.Describe(item)}" + JsonFields.DidYouMean(wanted is null ? null : NameSuggester.Closest(wanted, scenario.Policies.Select(p => p.Name))) + $"; policies of the base scenario: {known}");
            }
            else if (chosen.Contains(found))
            {
                add(path, $"policy '{wanted}' is given twice");
            }
            else
            {
                chosen.Add(found);
            }
        }

        return chosen.Count > 0 ? chosen : scenario.Policies;
    }

    /// <summary>
    /// Reads <c>$.factors</c> of a study file (sweep or calibration): each a parameter of
    /// <paramref name="registry"/> with min/max (and <c>scale</c>, <c>integer</c>, <c>levels</c>) or values,
    /// each problem reported once through <paramref name="add"/>; the factors that are valid.
    /// </summary>
    internal static List<Factor> ReadFactors(JsonElement root, ParameterRegistry registry, Action<string, string> add)
    {
        var factors = new List<Factor>();
        if (!root.TryGetProperty("factors", out JsonElement element))
        {
            add("$.factors", "is required: a list of {\"parameter\": ..., \"min\"/\"max\" or \"values\"}");
            return factors;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0 || element.GetArrayLength() > MaxFactors)
        {
            add("$.factors", $"must be an array of 1 to {MaxFactors} factors, got {JsonFields.Describe(element)}");
            return factors;
        }

        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = $"$.factors[{index++}]";
            Factor? factor = ReadFactor(item, path, registry, add);
            if (factor is null)
            {
                continue;
            }

            if (factors.Any(f => f.Name == factor.Name))
            {
                add(path + ".parameter", $"parameter '{factor.Name}' is varied twice");
                continue;
            }

            factors.Add(factor);
        }

        return factors;
    }

    private static Factor? ReadFactor(JsonElement item, string path, ParameterRegistry registry, Action<string, string> add)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            add(path, $"must be an object with parameter and min/max or values, got {JsonFields.Describe(item)}");
            return null;
        }

        foreach (JsonProperty property in item.EnumerateObject())
        {
            if (!FactorKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                add($"{path}.{property.Name}", $"unknown key '{property.Name}'" + JsonFields.DidYouMean(NameSuggester.Closest(property.Name, FactorKeys)) + $"; allowed keys: {string.Join(", ", FactorKeys)}");
            }
        }

        int before = 0;
        void Count(string p, string m)
        {
            before++;
            add(p, m);
        }

        string? name = JsonFields.String(item, "parameter", 4000, Count, path);
        if (name is null)
        {
            if (!item.TryGetProperty("parameter", out _))
            {
                add(path + ".parameter", "is required: a parameter path such as leader.inquiry ('teamsim params' lists them)");
            }

            return null;
        }

        if (!registry.TryGet(name, out ParameterSpec spec))
        {
            add(path + ".parameter", $"unknown parameter '{name}'" + JsonFields.DidYouMean(registry.Suggest(name)) + "; 'teamsim params' lists the parameters");
            return null;
        }

        bool hasValues = item.TryGetProperty("values", out JsonElement valuesElement);
        bool hasRange = item.TryGetProperty("min", out JsonElement minElement) | item.TryGetProperty("max", out JsonElement maxElement);
        string scaleText = JsonFields.String(item, "scale", 4000, Count, path) ?? "linear";
        if (scaleText is not ("linear" or "log"))
        {
            Count(path + ".scale", $"must be linear or log, got \"{JsonFields.Shorten(scaleText)}\"");
        }

        bool integer = JsonFields.Boolean(item, "integer", spec.Kind == ParameterKind.Integer, Count, path);
        if (spec.Kind == ParameterKind.Integer)
        {
            integer = true;
        }
        else if (integer && spec.Kind != ParameterKind.Real)
        {
            Count(path + ".integer", $"applies to numeric parameters; {name} is {spec.AllowedText}");
        }

        if (hasValues == hasRange)
        {
            Count(path, hasValues ? "give either values or min and max, not both" : "give values (a list) or min and max (a range)");
            return null;
        }

        if (hasValues)
        {
            if (item.TryGetProperty("levels", out _))
            {
                Count(path + ".levels", "applies to a min/max range; a list's levels are its values");
            }

            var values = new List<double>();
            if (valuesElement.ValueKind != JsonValueKind.Array || valuesElement.GetArrayLength() == 0)
            {
                Count(path + ".values", $"must be a non-empty array, got {JsonFields.Describe(valuesElement)}");
                return null;
            }

            int i = 0;
            foreach (JsonElement v in valuesElement.EnumerateArray())
            {
                string valuePath = $"{path}.values[{i++}]";
                double? value = ReadValue(v, spec);
                string? problem = value is double d ? spec.Check(d) : $"must be {spec.AllowedText}, got {JsonFields.Describe(v)}";
                if (problem is not null)
                {
                    Count(valuePath, problem);
                }
                else if (values.Contains(value!.Value))
                {
                    Count(valuePath, $"{JsonFields.Describe(v)} is listed twice");
                }
                else
                {
                    values.Add(value.Value);
                }
            }

            return before == 0 ? Factor.List(name, values) : null;
        }

        if (spec.Kind is ParameterKind.Boolean or ParameterKind.Choice)
        {
            Count(path, $"{name} is {spec.AllowedText}: list the values to try (\"values\": [...]) instead of a range");
            return null;
        }

        double? min = RangeEnd(item, "min", path, spec, Count);
        double? max = RangeEnd(item, "max", path, spec, Count);
        int levels = JsonFields.Integer(item, "levels", 2, 100_000, 5, Count, path);
        if (min is null || max is null || before > 0)
        {
            return null;
        }

        if (max <= min)
        {
            Count(path + ".max", $"must be greater than min ({min.Value.ToString("R", CultureInfo.InvariantCulture)}), got {max.Value.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }

        if (scaleText == "log" && min <= 0)
        {
            Count(path + ".min", $"a log scale needs min > 0, got {min.Value.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }

        if (integer && (min != Math.Floor(min.Value) || max != Math.Floor(max.Value)))
        {
            Count(path, "an integer factor needs whole min and max");
            return null;
        }

        return Factor.Range(name, min.Value, max.Value, scaleText == "log" ? FactorScale.Log : FactorScale.Linear, integer, levels);
    }

    private static double? RangeEnd(JsonElement item, string key, string path, ParameterSpec spec, Action<string, string> add)
    {
        if (!item.TryGetProperty(key, out JsonElement element))
        {
            add($"{path}.{key}", $"is required with a range ({spec.AllowedText})");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            add($"{path}.{key}", $"must be {spec.AllowedText}, got {JsonFields.Describe(element)}");
            return null;
        }

        string? problem = spec.Kind == ParameterKind.Integer && value != Math.Floor(value) ? null : spec.Check(value);
        if (problem is not null)
        {
            add($"{path}.{key}", problem);
            return null;
        }

        return value;
    }

    private static double? ReadValue(JsonElement element, ParameterSpec spec) => element.ValueKind switch
    {
        JsonValueKind.True when spec.Kind == ParameterKind.Boolean => 1,
        JsonValueKind.False when spec.Kind == ParameterKind.Boolean => 0,
        JsonValueKind.String when spec.Kind == ParameterKind.Choice => spec.ParseValue(element.GetString()!),
        JsonValueKind.Number when spec.Kind is ParameterKind.Real or ParameterKind.Integer && element.TryGetDouble(out double d) && double.IsFinite(d) => d,
        _ => null,
    };

    private static SweepDesignSpec? ReadDesign(JsonElement root, int factors, Action<string, string> add)
    {
        if (!root.TryGetProperty("design", out JsonElement element))
        {
            return new SweepDesignSpec("grid");
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            string kind = element.GetString()!;
            if (kind == "grid")
            {
                return new SweepDesignSpec("grid");
            }

            add("$.design", $"\"{JsonFields.Shorten(kind)}\" needs settings: write {{\"type\": \"{JsonFields.Shorten(kind)}\", ...}}; designs: {string.Join(", ", DesignKeys.Keys)}");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            add("$.design", $"must be an object with a type ({string.Join(", ", DesignKeys.Keys)}), got {JsonFields.Describe(element)}");
            return null;
        }

        string? type = JsonFields.String(element, "type", 4000, add, "$.design");
        if (type is null || !DesignKeys.TryGetValue(type, out string[]? keys))
        {
            add("$.design.type", $"must be one of {string.Join(", ", DesignKeys.Keys)}" + (type is null ? string.Empty : JsonFields.DidYouMean(NameSuggester.Closest(type, DesignKeys.Keys)) + $", got \"{JsonFields.Shorten(type)}\""));
            return null;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!keys.Contains(property.Name, StringComparer.Ordinal))
            {
                add($"$.design.{property.Name}", $"unknown key for a {type} design" + JsonFields.DidYouMean(NameSuggester.Closest(property.Name, keys)) + $"; allowed keys: {string.Join(", ", keys)}");
            }
        }

        const string D = "$.design";
        switch (type)
        {
            case "lhs":
                return new SweepDesignSpec("lhs", Points: Required(element, "points", 2, 10_000_000, add), Candidates: JsonFields.Integer(element, "candidates", 1, 10_000, 1, add, D));
            case "sobol":
                int n = Required(element, "n", 2, 1 << 24, add);
                if (n > 0 && !BitOperations.IsPow2(n))
                {
                    add("$.design.n", $"must be a power of two (so the Sobol' points are balanced), got {n}; try {BitOperations.RoundUpToPowerOf2((uint)n)}");
                }

                if (factors > SobolDesign.MaxFactors)
                {
                    add("$.factors", $"a sobol design supports at most {SobolDesign.MaxFactors} factors, got {factors}");
                }

                return new SweepDesignSpec("sobol", BaseSamples: n, SecondOrder: JsonFields.Boolean(element, "second_order", false, add, D));
            case "morris":
                int r = Required(element, "trajectories", 2, 1_000_000, add);
                int p = JsonFields.Integer(element, "levels", 2, 1000, 4, add, D);
                if (p % 2 != 0)
                {
                    add("$.design.levels", $"must be even (Morris steps by p/(2(p-1)) levels), got {p}");
                }

                int candidates = JsonFields.Integer(element, "candidates", 0, 10_000, 0, add, D);
                if (candidates > 0 && candidates <= r)
                {
                    add("$.design.candidates", $"must exceed trajectories ({r}) to choose from, or be 0; got {candidates}");
                }

                return new SweepDesignSpec("morris", Candidates: candidates, Trajectories: r, Levels: p);
            default:
                return new SweepDesignSpec("grid");
        }
    }

    private static string[] ReadMetrics(JsonElement root, IModelFactory model, Action<string, string> add)
    {
        if (!root.TryGetProperty("metrics", out JsonElement element))
        {
            return [];
        }

        string[] known = model.RunMetrics.Select(m => m.Name).ToArray();
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            add("$.metrics", $"must be a non-empty array of run metrics of model '{model.Name}', got {JsonFields.Describe(element)}");
            return [];
        }

        var metrics = new List<string>();
        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = $"$.metrics[{i++}]";
            string? metric = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (metric is null || !known.Contains(metric, StringComparer.Ordinal))
            {
                add(path, $"unknown metric {JsonFields.Describe(item)}" + JsonFields.DidYouMean(metric is null ? null : NameSuggester.Closest(metric, known)) + $"; run metrics of model '{model.Name}': {string.Join(", ", known)}");
            }
            else if (metrics.Contains(metric))
            {
                add(path, $"metric '{metric}' is given twice");
            }
            else
            {
                metrics.Add(metric);
            }
        }

        return metrics.ToArray();
    }

    private static int Required(JsonElement parent, string key, int min, int max, Action<string, string> add)
    {
        if (!parent.TryGetProperty(key, out _))
        {
            add($"$.design.{key}", $"is required: an integer in [{min}, {max}]");
            return 0;
        }

        return JsonFields.Integer(parent, key, min, max, 0, add, "$.design");
    }
}
