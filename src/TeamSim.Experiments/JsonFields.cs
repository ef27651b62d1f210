using System.Text.Json;

namespace TeamSim.Experiments;

/// <summary>
/// Reading optional fields of input files (scenarios, sweeps) with one-line problems: each reader
/// returns the fallback and reports <c>$.path.key: must be ..., got ...</c> through
/// <c>add(path, message)</c> when the value is not allowed, so a loader can list every problem at once.
/// </summary>
internal static class JsonFields
{
    /// <summary>
    /// Parses an input file's text; malformed JSON becomes one line
    /// <c>SOURCE: line L, position P: malformed JSON: what</c> (an empty file says so).
    /// </summary>
    /// <exception cref="InputException">Empty or malformed.</exception>
    public static JsonDocument Parse(string json, string source, int maxDepth)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InputException($"{source}: $: the file is empty; expected a JSON object {{ ... }}");
        }

        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $"line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "$";
            throw new InputException($"{source}: {where}: malformed JSON: {FirstSentence(e.Message)}", e);
        }
    }

    /// <summary>An integer in [min, max]; the fallback when the key is absent or the value is not allowed.</summary>
    public static int Integer(JsonElement parent, string key, int min, int max, int fallback, Action<string, string> add, string path = "$")
    {
        if (!parent.TryGetProperty(key, out JsonElement element))
        {
            return fallback;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long value) && value >= min && value <= max)
        {
            return (int)value;
        }

        add($"{path}.{key}", $"must be an integer in [{min}, {max}], got {Describe(element)}");
        return fallback;
    }

    /// <summary>true or false; the fallback when the key is absent or the value is not a boolean.</summary>
    public static bool Boolean(JsonElement parent, string key, bool fallback, Action<string, string> add, string path = "$")
    {
        if (!parent.TryGetProperty(key, out JsonElement element))
        {
            return fallback;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        add($"{path}.{key}", $"must be true or false, got {Describe(element)}");
        return fallback;
    }

    /// <summary>A string of at most <paramref name="maxLength"/> characters; null when absent or not allowed.</summary>
    public static string? String(JsonElement parent, string key, int maxLength, Action<string, string> add, string path = "$")
    {
        if (!parent.TryGetProperty(key, out JsonElement element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            add($"{path}.{key}", $"must be a string, got {Describe(element)}");
            return null;
        }

        string value = element.GetString()!;
        if (value.Length > maxLength)
        {
            add($"{path}.{key}", $"must be at most {maxLength} characters, got {value.Length}");
            return null;
        }

        return value;
    }

    /// <summary>A short description of a JSON value for messages ("got 3", "got an array").</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"\"{Shorten(element.GetString()!)}\"",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => element.ValueKind.ToString(),
    };

    /// <summary>At most 40 characters of a user's text, for messages.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>" (did you mean 'x'?)" or nothing.</summary>
    public static string DidYouMean(string? hint) => hint is null ? string.Empty : $" (did you mean '{hint}'?)";

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends where it stopped (already in our "line, position" prefix) and advice for programmers.
        string text = message;
        foreach (string tail in new[] { " Path:", " LineNumber:", " Change the reader options." })
        {
            int cut = text.IndexOf(tail, StringComparison.Ordinal);
            text = cut > 0 ? text[..cut] : text;
        }

        return text.Replace('\n', ' ').Replace('\r', ' ').Trim().TrimEnd('.');
    }
}
