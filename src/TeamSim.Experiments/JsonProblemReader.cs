using System.Globalization;
using System.Text.Json;
using TeamSim.Core.Parameters;

namespace TeamSim.Experiments;

/// <summary>
/// The one way input files (scenarios, sweeps, calibrations) are read and checked: typed readers of
/// optional fields that return a fallback and record a problem when a value is not allowed, an
/// unknown-key check with "did you mean", and the list of problems, each one line
/// <c>SOURCE: $.json.path: message</c>, thrown together as one <see cref="InputException"/>.
/// </summary>
/// <remarks>
/// A loader reads the whole file, collecting every problem, then calls <see cref="ThrowIfAny"/>, so
/// a user sees all problems at once. Not thread-safe: one reader per file being loaded.
/// </remarks>
public sealed class JsonProblemReader
{
    private readonly List<string> _lines = [];

    /// <summary>Creates a reader for the file or name <paramref name="source"/> (the start of every problem line).</summary>
    public JsonProblemReader(string source) => Source = source;

    /// <summary>The file or name the problems are about.</summary>
    public string Source { get; }

    /// <summary>Problems found so far.</summary>
    public int Count => _lines.Count;

    /// <summary>Every problem found, one line each, in the order found.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>
    /// Parses an input file's text; malformed JSON becomes one line
    /// <c>SOURCE: line L, position P: malformed JSON: what</c> (an empty file says so).
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">Names the file in messages.</param>
    /// <param name="maxDepth">Deepest nesting accepted.</param>
    /// <exception cref="InputException">Empty or malformed.</exception>
    public static JsonDocument Parse(string json, string source, int maxDepth) => JsonFields.Parse(json, source, maxDepth);

    /// <summary>Records a problem at a JSON path (<c>$.factors[0].min</c>).</summary>
    public void Add(string path, string message) =>
        _lines.Add(string.Create(CultureInfo.InvariantCulture, $"{Source}: {path}: {message}"));

    /// <summary>Throws every problem found as one <see cref="InputException"/>; does nothing when there are none.</summary>
    /// <exception cref="InputException">At least one problem was found.</exception>
    public void ThrowIfAny()
    {
        if (_lines.Count > 0)
        {
            throw new InputException(_lines.ToArray());
        }
    }

    /// <summary>
    /// Records each key of the object <paramref name="element"/> that is not in <paramref name="allowed"/>:
    /// <c>unknown key 'k' (did you mean 'x'?); allowed keys: ...</c>.
    /// </summary>
    /// <param name="element">A JSON object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="allowed">The keys it may have.</param>
    /// <param name="listed">The keys named in the message (default: <paramref name="allowed"/>), e.g. without <c>$schema</c>.</param>
    /// <param name="what">Replaces <c>unknown key 'k'</c> at the start of the message, e.g. "unknown key for a grid design".</param>
    public void UnknownKeys(JsonElement element, string path, IReadOnlyList<string> allowed, IEnumerable<string>? listed = null, string? what = null)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Add($"{path}.{property.Name}", (what ?? $"unknown key '{property.Name}'") + DidYouMean(NameSuggester.Closest(property.Name, allowed)) + $"; allowed keys: {string.Join(", ", listed ?? allowed)}");
            }
        }
    }

    /// <summary>An integer in [min, max]; the fallback when the key is absent or the value is not allowed.</summary>
    public int Integer(JsonElement parent, string key, int min, int max, int fallback, string path = "$") =>
        JsonFields.Integer(parent, key, min, max, fallback, Add, path);

    /// <summary>A required integer in [min, max]: <c>is required: an integer in [min, max]</c> when absent; 0 when absent or not allowed.</summary>
    public int RequiredInteger(JsonElement parent, string key, int min, int max, string path = "$")
    {
        if (!parent.TryGetProperty(key, out _))
        {
            Add($"{path}.{key}", $"is required: an integer in [{min}, {max}]");
            return 0;
        }

        return Integer(parent, key, min, max, 0, path);
    }

    /// <summary>An unsigned 64-bit integer (a seed); the fallback when the key is absent or the value is not allowed.</summary>
    public ulong UnsignedLong(JsonElement parent, string key, ulong fallback, string path = "$")
    {
        if (!parent.TryGetProperty(key, out JsonElement element))
        {
            return fallback;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out ulong value))
        {
            return value;
        }

        Add($"{path}.{key}", $"must be an integer in [0, {ulong.MaxValue}], got {Describe(element)}");
        return fallback;
    }

    /// <summary>true or false; the fallback when the key is absent or the value is not a boolean.</summary>
    public bool Boolean(JsonElement parent, string key, bool fallback, string path = "$") =>
        JsonFields.Boolean(parent, key, fallback, Add, path);

    /// <summary>A string of at most <paramref name="maxLength"/> characters; null when absent or not allowed.</summary>
    public string? String(JsonElement parent, string key, int maxLength, string path = "$") =>
        JsonFields.String(parent, key, maxLength, Add, path);

    /// <summary>A short description of a JSON value for messages ("\"text\"", "3", "an array").</summary>
    public static string Describe(JsonElement element) => JsonFields.Describe(element);

    /// <summary>At most 40 characters of a user's text, for messages.</summary>
    public static string Shorten(string text) => JsonFields.Shorten(text);

    /// <summary>" (did you mean 'x'?)" or nothing.</summary>
    public static string DidYouMean(string? hint) => JsonFields.DidYouMean(hint);
}
