using System.Globalization;
using System.Text.Json;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Calibration;

/// <summary>
/// Reads calibration files (JSON: base scenario, policy, factors, targets, replications, seed,
/// method) and validates them against the base scenario's model. Factors are read as sweep factors
/// (<see cref="FactorReader"/>); every problem becomes one line <c>FILE: $.json.path: message</c>,
/// collected into an <see cref="InputException"/> (exit code 2).
/// </summary>
public sealed class CalibrationLoader
{
    /// <summary>Largest calibration file accepted, in bytes.</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>Most factors in one calibration.</summary>
    public const int MaxFactors = 16;

    // A prior is a range: list factors and grid levels belong to sweeps.
    private static readonly RangeOnlyFactors Priors = new(
        "a calibration factor needs min and max (its uniform prior); lists of values are for sweeps",
        "applies to sweep grids; a calibration samples the whole range from min to max");

    /// <summary>Most targets in one calibration.</summary>
    public const int MaxTargets = 64;

    /// <summary>Replications per particle when the file gives none: a calibration simulates every particle, so it does not take the scenario's (comparison-sized) replications.</summary>
    public const int DefaultReplications = 10;

    /// <summary>The top-level keys of a calibration file.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        ["$schema", "name", "description", "base", "policy", "ticks", "replications", "seed", "factors", "targets", "method"];

    private static readonly string[] TargetKeys = ["metric", "value", "sd"];

    private static readonly string[] MethodKeys = ["type", "particles", "generations", "alpha", "min_acceptance"];

    private readonly Func<string, string, SweepBase> _resolveBase;

    /// <summary>Creates a loader.</summary>
    /// <param name="resolveBase">Loads the base scenario: (value of <c>base</c>, folder of the file) to the resolved base; throws <see cref="InputException"/> when it cannot.</param>
    public CalibrationLoader(Func<string, string, SweepBase> resolveBase) => _resolveBase = resolveBase;

    /// <summary>A loader whose "base" is a scenario, resolved as for sweeps (<see cref="SweepLoader.ScenarioBases"/>).</summary>
    public static CalibrationLoader WithScenarioBases(ScenarioLoader scenarios) => new(SweepLoader.ScenarioBases(scenarios));

    /// <summary>Loads and validates a calibration file.</summary>
    /// <exception cref="InputException">Missing, too large, malformed or invalid.</exception>
    public CalibrationDefinition LoadFile(string path)
    {
        string text = InputFile.ReadBounded(path, MaxFileBytes, "a calibration file");
        return LoadText(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Validates calibration JSON text; <paramref name="source"/> names it in messages, <paramref name="folder"/> anchors a relative base path.</summary>
    /// <exception cref="InputException">Malformed or invalid.</exception>
    public CalibrationDefinition LoadText(string json, string source, string folder)
    {
        using JsonDocument document = JsonFields.Parse(json, source, ScenarioLoader.MaxDepth);
        var problems = new JsonProblemReader(source);
        CalibrationDefinition? definition = Read(document.RootElement, source, folder, problems);
        problems.ThrowIfAny();
        if (definition is null)
        {
            throw new InputException($"{source}: $: invalid calibration");
        }

        return definition;
    }

    private CalibrationDefinition? Read(JsonElement root, string source, string folder, JsonProblemReader problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", $"a calibration must be a JSON object, got {JsonFields.Describe(root)}");
            return null;
        }

        problems.UnknownKeys(root, "$", TopLevelKeys, TopLevelKeys.Where(k => k != "$schema"));
        string name = problems.String(root, "name", 4000, "$") ?? Path.GetFileNameWithoutExtension(source);
        if (!ScenarioNames.IsValid(name))
        {
            problems.Add("$.name", $"{ScenarioNames.Rule}, got \"{JsonFields.Shorten(name)}\"");
        }

        string description = problems.String(root, "description", 4000, "$") ?? string.Empty;
        if (SweepLoader.ReadBase(root, _resolveBase, folder, problems) is not (string baseName, SweepBase scenario))
        {
            return null;
        }

        IModelFactory model = scenario.Model;
        SweepPolicy? policy = ReadPolicy(root, scenario, problems);
        int ticks = problems.Integer(root, "ticks", 1, ScenarioLoader.MaxTicks, scenario.Ticks);
        int replications = problems.Integer(root, "replications", 1, 100_000, DefaultReplications);
        ulong seed = problems.UnsignedLong(root, "seed", scenario.Seed);

        List<Factor> factors = ReadFactors(root, model, problems);
        List<CalibrationTarget> targets = ReadTargets(root, model, problems);
        CalibrationMethod method = ReadMethod(root, problems);
        if (problems.Count > 0 || policy is null)
        {
            return null;
        }

        return new CalibrationDefinition(name, description, source, baseName, model, policy, factors, targets, ticks, replications, seed, method);
    }

    private static SweepPolicy? ReadPolicy(JsonElement root, SweepBase scenario, JsonProblemReader problems)
    {
        string known = string.Join(", ", scenario.Policies.Select(p => p.Name));
        if (!root.TryGetProperty("policy", out JsonElement element))
        {
            if (scenario.Policies.Count == 1)
            {
                return scenario.Policies[0];
            }

            problems.Add("$.policy", $"is required when the base scenario has several policies: one of {known}");
            return null;
        }

        string? wanted = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        SweepPolicy? found = scenario.Policies.FirstOrDefault(p => p.Name == wanted);
        if (found is null)
        {
            problems.Add("$.policy", $"unknown policy {JsonFields.Describe(element)}" + JsonFields.DidYouMean(wanted is null ? null : NameSuggester.Closest(wanted, scenario.Policies.Select(p => p.Name))) + $"; policies of the base scenario: {known}");
        }

        return found;
    }

    private static List<Factor> ReadFactors(JsonElement root, IModelFactory model, JsonProblemReader problems)
    {
        if (root.TryGetProperty("factors", out JsonElement element) && element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > MaxFactors)
        {
            problems.Add("$.factors", $"must be an array of 1 to {MaxFactors} factors, got {element.GetArrayLength()}");
            return [];
        }

        return FactorReader.ReadList(root, model.Parameters, problems, rangesOnly: Priors);
    }

    private static List<CalibrationTarget> ReadTargets(JsonElement root, IModelFactory model, JsonProblemReader problems)
    {
        var targets = new List<CalibrationTarget>();
        string[] known = model.RunMetrics.Select(m => m.Name).ToArray();
        if (!root.TryGetProperty("targets", out JsonElement element))
        {
            problems.Add("$.targets", "is required: a list of {\"metric\": ..., \"value\": ..., \"sd\": ...}");
            return targets;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0 || element.GetArrayLength() > MaxTargets)
        {
            problems.Add("$.targets", $"must be an array of 1 to {MaxTargets} targets {{\"metric\", \"value\", \"sd\"}}, got {JsonFields.Describe(element)}");
            return targets;
        }

        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = $"$.targets[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, $"must be an object {{\"metric\", \"value\", \"sd\"}}, got {JsonFields.Describe(item)}");
                continue;
            }

            problems.UnknownKeys(item, path, TargetKeys, TargetKeys.Where(k => k != "$schema"));
            string? metric = problems.String(item, "metric", 4000, path);
            int index = metric is null ? -1 : model.RunMetrics.IndexOfName(metric);
            if (metric is null && !item.TryGetProperty("metric", out _))
            {
                problems.Add(path + ".metric", $"is required: a run metric of model '{model.Name}' ({string.Join(", ", known)})");
            }
            else if (metric is not null && index < 0)
            {
                problems.Add(path + ".metric", $"unknown metric \"{JsonFields.Shorten(metric)}\"" + JsonFields.DidYouMean(NameSuggester.Closest(metric, known)) + $"; run metrics of model '{model.Name}': {string.Join(", ", known)}");
            }
            else if (metric is not null && targets.Any(t => t.Metric == metric))
            {
                problems.Add(path + ".metric", $"metric '{metric}' is a target twice");
                index = -1;
            }

            double? value = Number(item, "value", path, "a finite number (the observed value of the metric)", v => double.IsFinite(v), problems);
            double? sd = Number(item, "sd", path, "a number greater than 0 (the scale of an acceptable miss)", v => double.IsFinite(v) && v > 0, problems);
            if (index >= 0 && value is double v && sd is double s)
            {
                targets.Add(new CalibrationTarget(metric!, index, v, s));
            }
        }

        return targets;
    }

    private static double? Number(JsonElement parent, string key, string path, string allowed, Func<double, bool> ok, JsonProblemReader problems)
    {
        if (!parent.TryGetProperty(key, out JsonElement element))
        {
            problems.Add($"{path}.{key}", $"is required: {allowed}");
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out double value) && ok(value))
        {
            return value;
        }

        problems.Add($"{path}.{key}", $"must be {allowed}, got {JsonFields.Describe(element)}");
        return null;
    }

    private static CalibrationMethod ReadMethod(JsonElement root, JsonProblemReader problems)
    {
        const string M = "$.method";
        if (!root.TryGetProperty("method", out JsonElement element))
        {
            return new CalibrationMethod();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(M, $"must be an object such as {{\"type\": \"{CalibrationMethod.Kind}\", \"particles\": {CalibrationMethod.DefaultParticles}}}, got {JsonFields.Describe(element)}");
            return new CalibrationMethod();
        }

        problems.UnknownKeys(element, M, MethodKeys, MethodKeys.Where(k => k != "$schema"));
        string? type = problems.String(element, "type", 4000, M);
        if (type is not null && type != CalibrationMethod.Kind)
        {
            problems.Add(M + ".type", $"must be {CalibrationMethod.Kind}" + JsonFields.DidYouMean(NameSuggester.Closest(type, [CalibrationMethod.Kind])) + $", got \"{JsonFields.Shorten(type)}\"");
        }

        int particles = problems.Integer(element, "particles", 10, 100_000, CalibrationMethod.DefaultParticles, M);
        int generations = problems.Integer(element, "generations", 1, 100, CalibrationMethod.DefaultGenerations, M);
        double alpha = Fraction(element, "alpha", 0.1, 0.9, CalibrationMethod.DefaultAlpha, problems);
        double minAcceptance = Fraction(element, "min_acceptance", 0, 0.99, CalibrationMethod.DefaultMinAcceptance, problems);
        return new CalibrationMethod(particles, generations, alpha, minAcceptance);
    }

    private static double Fraction(JsonElement parent, string key, double min, double max, double fallback, JsonProblemReader problems)
    {
        if (!parent.TryGetProperty(key, out JsonElement element))
        {
            return fallback;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out double value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add($"$.method.{key}", string.Create(CultureInfo.InvariantCulture, $"must be a number in [{min}, {max}], got {JsonFields.Describe(element)}"));
        return fallback;
    }
}
