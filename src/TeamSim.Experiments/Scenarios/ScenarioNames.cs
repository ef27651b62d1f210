using System.Text.RegularExpressions;

namespace TeamSim.Experiments.Scenarios;

/// <summary>
/// Rules for names that become folder names or CSV cells (scenario and policy names): letters,
/// digits and <c>_ . + -</c>, starting with a letter or digit, at most 64 characters. So a name
/// can never be <c>..</c>, contain a path separator, or start a spreadsheet formula.
/// </summary>
public static partial class ScenarioNames
{
    /// <summary>Longest allowed name.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="name"/> is safe as a folder name and a CSV cell.</summary>
    public static bool IsValid(string name) => name.Length <= MaxLength && Pattern().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>What a valid name looks like, for messages.</summary>
    public const string Rule = "must be 1-64 letters, digits or _ . + - starting with a letter or digit (no '..', no path separators)";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
