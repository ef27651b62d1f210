using System.Reflection;

namespace TeamSim.Experiments.Scenarios;

/// <summary>The scenarios shipped in <c>scenarios/*.json</c>, embedded in this assembly.</summary>
public static class BuiltInScenarios
{
    private const string Prefix = "TeamSim.Experiments.Scenarios.BuiltIn.";
    private const string SchemaResource = "scenario.schema.json";

    /// <summary>Names of the built-in scenarios, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetExecutingAssembly()
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal) && !n.EndsWith(SchemaResource, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>True when <paramref name="name"/> is a built-in scenario.</summary>
    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The JSON text of a built-in scenario.</summary>
    /// <exception cref="KeyNotFoundException">No such built-in scenario.</exception>
    public static string Text(string name)
    {
        if (!Contains(name))
        {
            throw new KeyNotFoundException($"no built-in scenario '{name}'");
        }

        return ReadResource(Prefix + name + ".json");
    }

    private static string ReadResource(string resource)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new KeyNotFoundException(resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
