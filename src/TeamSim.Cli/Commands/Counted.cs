using System.Globalization;

namespace TeamSim.Cli.Commands;

/// <summary>"1 thread", "2 threads": counts in the CLI's messages.</summary>
internal static class Counted
{
    /// <summary><paramref name="n"/> and the noun, plural unless n is 1 (plural: noun + "s", or <paramref name="plural"/>).</summary>
    public static string Of(long n, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? noun : plural ?? noun + "s")}");
}
