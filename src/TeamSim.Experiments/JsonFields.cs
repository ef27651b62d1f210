using System.Text.Json;

namespace TeamSim.Experiments;

/// <summary>
/// Reading optional fields of input files (scenarios, sweeps) with one-line problems: each reader
/// returns the fallback and reports <c>$.path.key: must be ..., got ...</c> through
/// <c>add(path, message)</c> when the value is not allowed, so a loader can list every problem at once.
/// </summary>
internal static class JsonFields
{
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
}
