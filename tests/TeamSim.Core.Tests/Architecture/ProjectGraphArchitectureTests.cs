using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace TeamSim.Core.Tests.Architecture;

/// <summary>
/// Reads the ProjectReference items of every project under src/ and tests/ and checks them
/// against the one-way dependency rule (STYLE.md, habit 1): Cli -> Output -> Experiments -> Analysis -> Core,
/// and Explorer -> Analysis -> Core.
/// </summary>
public sealed class ProjectGraphArchitectureTests
{
    private const string Core = "TeamSim.Core";
    private const string Analysis = "TeamSim.Analysis";
    private const string Experiments = "TeamSim.Experiments";
    private const string Output = "TeamSim.Output";
    private const string Cli = "TeamSim.Cli";
    private const string Explorer = "TeamSim.Explorer";

    /// <summary>Each project and the projects it may reference directly.</summary>
    /// <remarks>
    /// The explorer runs Core in the browser and may use only Core and the I/O-free shared layer
    /// (Analysis: statistics, representative replication, event log, seeding, CSV cells). The CLI ships the
    /// explorer's published site through a pack-time build step, never a project reference.
    /// Test projects reference the project they test (and what sits below it).
    /// </remarks>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [Core] = [],
        [Analysis] = [Core],
        [Experiments] = [Analysis, Core],
        [Output] = [Experiments, Analysis, Core],
        [Cli] = [Output, Experiments, Analysis, Core],
        [Explorer] = [Analysis, Core],
        ["TeamSim.Core.Tests"] = [Core],
        ["TeamSim.Analysis.Tests"] = [Analysis, Core],
        ["TeamSim.Experiments.Tests"] = [Experiments, Analysis, Core],
        ["TeamSim.Output.Tests"] = [Output, Experiments, Analysis, Core],
        ["TeamSim.Cli.Tests"] = [Cli, Output, Experiments, Analysis, Core],
        ["TeamSim.Explorer.Tests"] = [Explorer, Cli, Output, Experiments, Analysis, Core],
        ["TeamSim.Benchmarks"] = [Output, Experiments, Analysis, Core],
    };

    public static TheoryData<string> Projects => new(Allowed.Keys);

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static IEnumerable<string> ProjectFiles()
    {
        string root = RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
    }

    private static string ProjectFile(string project) =>
        ProjectFiles().Single(f => Path.GetFileNameWithoutExtension(f) == project);

    private static List<string> ProjectReferences(string projectFile) =>
        XDocument.Load(projectFile)
            .Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_only_the_projects_the_dependency_rule_allows(string project)
    {
        var forbidden = ProjectReferences(ProjectFile(project)).Where(r => !Allowed[project].Contains(r)).ToList();
        Assert.True(
            forbidden.Count == 0,
            $"{project} references {string.Join(", ", forbidden)}; it may reference only "
            + (Allowed[project].Length == 0 ? "no project" : string.Join(", ", Allowed[project])));
    }

    [Fact]
    public void Every_project_has_a_place_in_the_dependency_table()
    {
        var onDisk = ProjectFiles().Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.True(onDisk.SetEquals(Allowed.Keys), $"projects on disk: {string.Join(", ", onDisk.Order(StringComparer.Ordinal))}; "
            + $"in the table: {string.Join(", ", Allowed.Keys)}. Give a new project its allowed references here.");
    }

    [Fact]
    public void Core_references_no_project()
    {
        Assert.Empty(ProjectReferences(ProjectFile(Core)));
    }
}
