using System.Reflection;

namespace TeamSim.Output;

/// <summary>The TeamSim version and, when the build recorded it, the git commit it was built from.</summary>
public static class BuildInfo
{
    private static readonly string Informational =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version, e.g. <c>0.1.0</c>.</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The git commit hash the build came from, or null when unknown.</summary>
    public static string? Commit
    {
        get
        {
            int plus = Informational.IndexOf('+', StringComparison.Ordinal);
            string tail = plus >= 0 ? Informational[(plus + 1)..] : string.Empty;
            return tail.Length >= 7 && tail.All(Uri.IsHexDigit) ? tail : null;
        }
    }
}
