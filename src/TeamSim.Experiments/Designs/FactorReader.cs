using System.Globalization;
using System.Text.Json;
using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.Designs;

/// <summary>
/// Reads the factors of an input file (a sweep's or a calibration's <c>factors</c> list): each
/// <c>{"parameter": path, "min", "max", "scale", "integer", "levels"}</c> or
/// <c>{"parameter": path, "values": [...]}</c>, checked against the model's parameter registry.
/// Problems go to a <see cref="JsonProblemReader"/> with their JSON path.
/// </summary>
public static class FactorReader
{
    /// <summary>Most factors in one list.</summary>
    public const int MaxFactors = 64;

    /// <summary>The keys a factor object may have.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["parameter", "min", "max", "values", "scale", "integer", "levels"];

    /// <summary>Reads the required list <c>$.key</c>; the factors that are valid, each parameter at most once.</summary>
    /// <param name="root">The file's root object.</param>
    /// <param name="registry">The parameters of the model the factors vary.</param>
    /// <param name="problems">Collects problems.</param>
    /// <param name="key">The list's key.</param>
    /// <param name="rangesOnly">For files whose factors must be ranges (calibration priors): what to say about a list or grid levels; null allows both.</param>
    public static List<Factor> ReadList(JsonElement root, ParameterRegistry registry, JsonProblemReader problems, string key = "factors", RangeOnlyFactors? rangesOnly = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string listPath = "$." + key;
        var factors = new List<Factor>();
        if (!root.TryGetProperty(key, out JsonElement element))
        {
            problems.Add(listPath, "is required: a list of {\"parameter\": ..., \"min\"/\"max\" or \"values\"}");
            return factors;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0 || element.GetArrayLength() > MaxFactors)
        {
            problems.Add(listPath, $"must be an array of 1 to {MaxFactors} factors, got {JsonProblemReader.Describe(element)}");
            return factors;
        }

        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = $"{listPath}[{index++}]";
            Factor? factor = Read(item, path, registry, problems, rangesOnly);
            if (factor is null)
            {
                continue;
            }

            if (factors.Any(f => f.Name == factor.Name))
            {
                problems.Add(path + ".parameter", $"parameter '{factor.Name}' is varied twice");
                continue;
            }

            factors.Add(factor);
        }

        return factors;
    }

    /// <summary>Reads one factor object at <paramref name="path"/>; null when it has a problem that leaves no factor.</summary>
    /// <param name="item">The factor's JSON value.</param>
    /// <param name="path">Its JSON path (<c>$.factors[0]</c>).</param>
    /// <param name="registry">The parameters of the model.</param>
    /// <param name="problems">Collects problems.</param>
    /// <param name="rangesOnly">For files whose factors must be ranges: a list is refused with one line (nothing else said
    /// about that factor) and grid levels are reported; null allows both.</param>
    public static Factor? Read(JsonElement item, string path, ParameterRegistry registry, JsonProblemReader problems, RangeOnlyFactors? rangesOnly = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(problems);
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"must be an object with parameter and min/max or values, got {JsonProblemReader.Describe(item)}");
            return null;
        }

        if (rangesOnly is not null && item.TryGetProperty("values", out _))
        {
            problems.Add(path + ".values", rangesOnly.ValuesProblem);
            return null;
        }

        if (rangesOnly is not null && item.TryGetProperty("levels", out _))
        {
            problems.Add(path + ".levels", rangesOnly.LevelsProblem);
        }

        problems.UnknownKeys(item, path, Keys);

        // Problems from here on leave no factor; an unknown key above is reported but does not.
        int start = problems.Count;
        string? name = problems.String(item, "parameter", 4000, path);
        if (name is null)
        {
            if (!item.TryGetProperty("parameter", out _))
            {
                problems.Add(path + ".parameter", "is required: a parameter path such as leader.inquiry ('teamsim params' lists them)");
            }

            return null;
        }

        if (!registry.TryGet(name, out ParameterSpec spec))
        {
            problems.Add(path + ".parameter", $"unknown parameter '{name}'" + JsonProblemReader.DidYouMean(registry.Suggest(name)) + "; 'teamsim params' lists the parameters");
            return null;
        }

        bool hasValues = item.TryGetProperty("values", out JsonElement valuesElement);
        bool hasRange = item.TryGetProperty("min", out JsonElement minElement) | item.TryGetProperty("max", out JsonElement maxElement);
        string scaleText = problems.String(item, "scale", 4000, path) ?? "linear";
        if (scaleText is not ("linear" or "log"))
        {
            problems.Add(path + ".scale", $"must be linear or log, got \"{JsonProblemReader.Shorten(scaleText)}\"");
        }

        bool integer = problems.Boolean(item, "integer", spec.Kind == ParameterKind.Integer, path);
        if (spec.Kind == ParameterKind.Integer)
        {
            integer = true;
        }
        else if (integer && spec.Kind != ParameterKind.Real)
        {
            problems.Add(path + ".integer", $"applies to numeric parameters; {name} is {spec.AllowedText}");
        }

        if (hasValues == hasRange)
        {
            problems.Add(path, hasValues ? "give either values or min and max, not both" : "give values (a list) or min and max (a range)");
            return null;
        }

        if (hasValues)
        {
            return ReadList(item, valuesElement, path, name, spec, problems, start);
        }

        if (spec.Kind is ParameterKind.Boolean or ParameterKind.Choice)
        {
            problems.Add(path, $"{name} is {spec.AllowedText}: list the values to try (\"values\": [...]) instead of a range");
            return null;
        }

        double? min = RangeEnd(item, "min", path, spec, problems);
        double? max = RangeEnd(item, "max", path, spec, problems);
        int levels = problems.Integer(item, "levels", 2, 100_000, 5, path);
        if (min is null || max is null || problems.Count > start)
        {
            return null;
        }

        if (max <= min)
        {
            problems.Add(path + ".max", $"must be greater than min ({min.Value.ToString("R", CultureInfo.InvariantCulture)}), got {max.Value.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }

        if (scaleText == "log" && min <= 0)
        {
            problems.Add(path + ".min", $"a log scale needs min > 0, got {min.Value.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }

        if (integer && (min != Math.Floor(min.Value) || max != Math.Floor(max.Value)))
        {
            problems.Add(path, "an integer factor needs whole min and max");
            return null;
        }

        return Factor.Range(name, min.Value, max.Value, scaleText == "log" ? FactorScale.Log : FactorScale.Linear, integer, levels);
    }

    private static Factor? ReadList(JsonElement item, JsonElement valuesElement, string path, string name, ParameterSpec spec, JsonProblemReader problems, int start)
    {
        if (item.TryGetProperty("levels", out _))
        {
            problems.Add(path + ".levels", "applies to a min/max range; a list's levels are its values");
        }

        var values = new List<double>();
        if (valuesElement.ValueKind != JsonValueKind.Array || valuesElement.GetArrayLength() == 0)
        {
            problems.Add(path + ".values", $"must be a non-empty array, got {JsonProblemReader.Describe(valuesElement)}");
            return null;
        }

        int i = 0;
        foreach (JsonElement v in valuesElement.EnumerateArray())
        {
            string valuePath = $"{path}.values[{i++}]";
            double? value = ReadValue(v, spec);
            string? problem = value is double d ? spec.Check(d) : $"must be {spec.AllowedText}, got {JsonProblemReader.Describe(v)}";
            if (problem is not null)
            {
                problems.Add(valuePath, problem);
            }
            else if (values.Contains(value!.Value))
            {
                problems.Add(valuePath, $"{JsonProblemReader.Describe(v)} is listed twice");
            }
            else
            {
                values.Add(value.Value);
            }
        }

        return problems.Count == start ? Factor.List(name, values) : null;
    }

    private static double? RangeEnd(JsonElement item, string key, string path, ParameterSpec spec, JsonProblemReader problems)
    {
        if (!item.TryGetProperty(key, out JsonElement element))
        {
            problems.Add($"{path}.{key}", $"is required with a range ({spec.AllowedText})");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            problems.Add($"{path}.{key}", $"must be {spec.AllowedText}, got {JsonProblemReader.Describe(element)}");
            return null;
        }

        string? problem = spec.Kind == ParameterKind.Integer && value != Math.Floor(value) ? null : spec.Check(value);
        if (problem is not null)
        {
            problems.Add($"{path}.{key}", problem);
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
}
