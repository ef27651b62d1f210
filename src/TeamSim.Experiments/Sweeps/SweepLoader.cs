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
    public const int MaxFactors = FactorReader.MaxFactors;

    /// <summary>The top-level keys of a sweep file.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        ["$schema", "name", "description", "base", "policies", "ticks", "replications", "seed", "factors", "design", "metrics", "independent_points", "chunk_runs"];

    private static readonly Dictionary<string, string[]> DesignKeys = new(StringComparer.Ordinal)
    {
        ["grid"] = ["type"],
        ["lhs"] = ["type", "points", "candidates"],
        ["sobol"] = ["type", "n", "second_order"],
        ["morris"] = ["type", "trajectories", "levels", "candidates"],
        ["boundary"] = ["type", "budget", "metric", "rounds", "depth"],
    };

    /// <summary>Refinement rounds of a boundary design that names none.</summary>
    public const int DefaultBoundaryRounds = 6;

    /// <summary>Halvings of an initial cell of a boundary design that names none.</summary>
    public const int DefaultBoundaryDepth = 3;

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
            ResolvedScenario resolved = scenarios.Resolver.Resolve(scenario);
            ScenarioResolver.CheckModelAccepts(resolved);
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
        JsonDocument document = JsonProblemReader.Parse(json, source, ScenarioLoader.MaxDepth);

        using (document)
        {
            var problems = new JsonProblemReader(source);
            SweepDefinition? sweep = Read(document.RootElement, folder, problems);
            problems.ThrowIfAny();
            return sweep ?? throw new InputException($"{source}: $: invalid sweep");
        }
    }

    private SweepDefinition? Read(JsonElement root, string folder, JsonProblemReader problems)
    {
        string source = problems.Source;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", $"a sweep must be a JSON object, got {JsonProblemReader.Describe(root)}");
            return null;
        }

        problems.UnknownKeys(root, "$", TopLevelKeys, TopLevelKeys.Skip(1));

        string name = problems.String(root, "name", 4000) ?? Path.GetFileNameWithoutExtension(source);
        if (!ScenarioNames.IsValid(name))
        {
            problems.Add("$.name", $"{ScenarioNames.Rule}, got \"{JsonProblemReader.Shorten(name)}\"");
        }

        string description = problems.String(root, "description", 4000) ?? string.Empty;
        if (ReadBase(root, _resolveBase, folder, problems) is not (string baseName, SweepBase scenario))
        {
            return null;
        }

        IModelFactory model = scenario.Model;
        IReadOnlyList<SweepPolicy> policies = ReadPolicies(root, scenario, problems);
        int ticks = problems.Integer(root, "ticks", 1, 10_000_000, scenario.Ticks);
        int replications = problems.Integer(root, "replications", 1, 1_000_000, scenario.Replications);
        ulong seed = problems.UnsignedLong(root, "seed", scenario.Seed);

        bool independent = problems.Boolean(root, "independent_points", false);
        int chunkRuns = problems.Integer(root, "chunk_runs", 0, 1_000_000, 0);
        List<Factor> factors = FactorReader.ReadList(root, model.Parameters, problems);
        SweepDesignSpec? design = ReadDesign(root, factors.Count, problems);
        string[] metrics = ReadMetrics(root, model, problems);
        if (design is { IsAdaptive: true })
        {
            design = CheckBoundary(root, design, factors, policies, replications, metrics, model, problems);
        }

        if (problems.Count > 0 || design is null)
        {
            return null;
        }

        // Sized before anything is built: a design too large to build or run is one line, not an
        // exhausted machine or an overflow.
        if (SweepSize.Of(design, factors, policies.Count, replications).Problem(design, factors.Count, policies.Count, replications) is string tooLarge)
        {
            problems.Add("$.design", tooLarge);
            return null;
        }

        try
        {
            var plan = new SweepPlan(model, policies, factors, design, replications, ticks, seed, metrics, independent, chunkRuns);
            return new SweepDefinition(name, description, source, plan);
        }
        catch (ArgumentException e)
        {
            problems.Add("$", e.Message);
            return null;
        }
    }

    /// <summary>
    /// Reads <c>$.base</c> of a study file (sweep or calibration) and loads it through <paramref name="resolve"/>;
    /// null, with the problem recorded, when it is missing or cannot be loaded.
    /// </summary>
    internal static (string Name, SweepBase Scenario)? ReadBase(JsonElement root, Func<string, string, SweepBase> resolve, string folder, JsonProblemReader problems)
    {
        string? baseName = problems.String(root, "base", 4000);
        if (baseName is null)
        {
            if (!root.TryGetProperty("base", out _))
            {
                problems.Add("$.base", "is required: a scenario file (relative to this file) or a built-in scenario name");
            }

            return null;
        }

        try
        {
            return (baseName, resolve(baseName, folder));
        }
        catch (InputException e)
        {
            problems.Add("$.base", $"cannot load '{baseName}': " + string.Join("; ", e.Problems));
            return null;
        }
    }

    private static IReadOnlyList<SweepPolicy> ReadPolicies(JsonElement root, SweepBase scenario, JsonProblemReader problems)
    {
        if (!root.TryGetProperty("policies", out JsonElement element))
        {
            return scenario.Policies;
        }

        string known = string.Join(", ", scenario.Policies.Select(p => p.Name));
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            problems.Add("$.policies", $"must be a non-empty array of policy names of the base scenario ({known}), got {JsonProblemReader.Describe(element)}");
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
                problems.Add(path, $"unknown policy {JsonProblemReader.Describe(item)}" + JsonProblemReader.DidYouMean(wanted is null ? null : NameSuggester.Closest(wanted, scenario.Policies.Select(p => p.Name))) + $"; policies of the base scenario: {known}");
            }
            else if (chosen.Contains(found))
            {
                problems.Add(path, $"policy '{wanted}' is given twice");
            }
            else
            {
                chosen.Add(found);
            }
        }

        return chosen.Count > 0 ? chosen : scenario.Policies;
    }

    private static SweepDesignSpec? ReadDesign(JsonElement root, int factors, JsonProblemReader problems)
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

            problems.Add("$.design", $"\"{JsonProblemReader.Shorten(kind)}\" needs settings: write {{\"type\": \"{JsonProblemReader.Shorten(kind)}\", ...}}; designs: {string.Join(", ", DesignKeys.Keys)}");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$.design", $"must be an object with a type ({string.Join(", ", DesignKeys.Keys)}), got {JsonProblemReader.Describe(element)}");
            return null;
        }

        string? type = problems.String(element, "type", 4000, "$.design");
        if (type is null || !DesignKeys.TryGetValue(type, out string[]? keys))
        {
            problems.Add("$.design.type", $"must be one of {string.Join(", ", DesignKeys.Keys)}" + (type is null ? string.Empty : JsonProblemReader.DidYouMean(NameSuggester.Closest(type, DesignKeys.Keys)) + $", got \"{JsonProblemReader.Shorten(type)}\""));
            return null;
        }

        problems.UnknownKeys(element, "$.design", keys, what: $"unknown key for a {type} design");

        const string D = "$.design";
        switch (type)
        {
            case "lhs":
                return new SweepDesignSpec("lhs", Points: problems.RequiredInteger(element, "points", 2, 10_000_000, D), Candidates: problems.Integer(element, "candidates", 1, 10_000, 1, D));
            case "sobol":
                int n = problems.RequiredInteger(element, "n", 2, 1 << 24, D);
                if (n > 0 && !BitOperations.IsPow2(n))
                {
                    problems.Add("$.design.n", $"must be a power of two (so the Sobol' points are balanced), got {n}; try {BitOperations.RoundUpToPowerOf2((uint)n)}");
                }

                if (factors > SobolDesign.MaxFactors)
                {
                    problems.Add("$.factors", $"a sobol design supports at most {SobolDesign.MaxFactors} factors, got {factors}");
                }

                return new SweepDesignSpec("sobol", BaseSamples: n, SecondOrder: problems.Boolean(element, "second_order", false, D));
            case "boundary":
                return new SweepDesignSpec(
                    "boundary",
                    Budget: problems.RequiredInteger(element, "budget", 1, (int)SweepPlan.MaxRuns, D),
                    Metric: problems.String(element, "metric", 4000, D) ?? string.Empty,
                    Rounds: problems.Integer(element, "rounds", 1, 1000, DefaultBoundaryRounds, D),
                    Depth: problems.Integer(element, "depth", 1, BoundaryDesign.MaxDepth, DefaultBoundaryDepth, D));
            case "morris":
                int r = problems.RequiredInteger(element, "trajectories", 2, 1_000_000, D);
                int p = problems.Integer(element, "levels", 2, 1000, 4, D);
                if (p % 2 != 0)
                {
                    problems.Add("$.design.levels", $"must be even (Morris steps by p/(2(p-1)) levels), got {p}");
                }

                int candidates = problems.Integer(element, "candidates", 0, 10_000, 0, D);
                if (candidates > 0 && candidates <= r)
                {
                    problems.Add("$.design.candidates", $"must exceed trajectories ({r}) to choose from, or be 0; got {candidates}");
                }

                return new SweepDesignSpec("morris", Candidates: candidates, Trajectories: r, Levels: p);
            default:
                return new SweepDesignSpec("grid");
        }
    }

    /// <summary>Checks what a boundary design needs of the rest of the file; fills in the default metric.</summary>
    private static SweepDesignSpec? CheckBoundary(JsonElement root, SweepDesignSpec design, List<Factor> factors, IReadOnlyList<SweepPolicy> policies, int replications, string[] metrics, IModelFactory model, JsonProblemReader problems)
    {
        string[] recorded = metrics.Length > 0 ? metrics : model.RunMetrics.Select(m => m.Name).ToArray();
        string metric = design.Metric.Length > 0 ? design.Metric : recorded[0];
        if (!recorded.Contains(metric, StringComparer.Ordinal))
        {
            problems.Add("$.design.metric", $"must be a metric the sweep records" + JsonProblemReader.DidYouMean(NameSuggester.Closest(metric, recorded)) + $" ({string.Join(", ", recorded)}), got \"{JsonProblemReader.Shorten(metric)}\"");
        }

        if (policies.Count < 2)
        {
            problems.Add(root.TryGetProperty("policies", out _) ? "$.policies" : "$.base", $"a boundary design contrasts policies: give at least two, got {policies.Count}");
        }

        if (root.TryGetProperty("factors", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                string path = $"$.factors[{i++}]";
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("values", out _))
                {
                    problems.Add(path + ".values", "a boundary design bisects between levels: give min, max and levels instead of values");
                }
            }
        }

        foreach (Factor f in factors.Where(f => !f.IsList))
        {
            if (((long)(f.Levels - 1) << design.Depth) > BoundaryDesign.MaxLatticeSteps)
            {
                problems.Add("$.design.depth", $"{f.Name} has {f.Levels} levels, which {design.Depth} halvings make more than {BoundaryDesign.MaxLatticeSteps} lattice steps; lower depth or levels");
            }
        }

        if (problems.Count == 0 && factors.Count > 0)
        {
            long grid = factors.Aggregate(1L, (a, f) => a * f.Levels);
            long initial = grid * policies.Count * replications;
            if (grid <= int.MaxValue && initial > design.Budget)
            {
                problems.Add("$.design.budget", $"must cover the initial grid: {grid} points x {policies.Count} policies x {replications} replications = {initial} runs, got {design.Budget}");
            }
        }

        return design with { Metric = metric };
    }

    private static string[] ReadMetrics(JsonElement root, IModelFactory model, JsonProblemReader problems)
    {
        if (!root.TryGetProperty("metrics", out JsonElement element))
        {
            return [];
        }

        string[] known = model.RunMetrics.Select(m => m.Name).ToArray();
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            problems.Add("$.metrics", $"must be a non-empty array of run metrics of model '{model.Name}', got {JsonProblemReader.Describe(element)}");
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
                problems.Add(path, $"unknown metric {JsonProblemReader.Describe(item)}" + JsonProblemReader.DidYouMean(metric is null ? null : NameSuggester.Closest(metric, known)) + $"; run metrics of model '{model.Name}': {string.Join(", ", known)}");
            }
            else if (metrics.Contains(metric))
            {
                problems.Add(path, $"metric '{metric}' is given twice");
            }
            else
            {
                metrics.Add(metric);
            }
        }

        return metrics.ToArray();
    }
}
