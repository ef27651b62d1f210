using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TeamSim.Core.Tests.Architecture;

/// <summary>Scans the Core sources for calls and references the house rules forbid.</summary>
public sealed class ForbiddenCodeTests
{
    private static string CoreDirectory([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "TeamSim.Core"));

    private static IEnumerable<(string File, string Text)> CoreSources() =>
        Directory.EnumerateFiles(CoreDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(f)));

    [Theory]
    [InlineData(@"new\s+(System\.)?Random\s*\(")]
    [InlineData(@"Random\.Shared")]
    [InlineData(@"DateTime\.(Now|UtcNow)")]
    [InlineData(@"Console\.")]
    [InlineData(@"File\.|Directory\.|Stream(Writer|Reader)")]
    [InlineData(@"using (CsvHelper|ScottPlot|System\.CommandLine)")]
    public void Core_never_uses(string pattern)
    {
        var offenders = CoreSources().Where(s => Regex.IsMatch(s.Text, pattern)).Select(s => Path.GetFileName(s.File)).ToList();
        Assert.True(offenders.Count == 0, $"{pattern} found in {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Core_project_references_no_output_or_cli_package()
    {
        string project = File.ReadAllText(Path.Combine(CoreDirectory(), "TeamSim.Core.csproj"));
        Assert.DoesNotMatch("CsvHelper|ScottPlot|System.CommandLine|ProjectReference", project);
    }

    [Fact]
    public void Nothing_in_the_team_model_reads_a_policy_name()
    {
        // Policies are parameter overrides (TeamPolicies.cs); the model must never branch on their names.
        var offenders = CoreSources()
            .Where(s => Path.GetFileName(s.File) != "TeamPolicies.cs")
            .Where(s => Regex.IsMatch(s.Text, "\"(command|inquiry|crisis-command)\""))
            .Select(s => Path.GetFileName(s.File))
            .ToList();
        Assert.Empty(offenders);
    }
}
