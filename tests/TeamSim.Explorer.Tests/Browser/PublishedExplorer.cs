using System.Diagnostics;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>
/// The published explorer site: <c>TEAMSIM_EXPLORER_ROOT</c> if set, else artifacts/explorer/wwwroot
/// in the repository, published there first when missing or older than the sources it is built from
/// (as .ci/run does before the tests), so a developer's stale publish is never what the tests check.
/// </summary>
internal static class PublishedExplorer
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Folder => Root.Value;

    public static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "TeamSim.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }

    private static string Locate()
    {
        string? given = Environment.GetEnvironmentVariable("TEAMSIM_EXPLORER_ROOT");
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        string repo = RepoRoot();
        string root = Path.Combine(repo, "artifacts", "explorer", "wwwroot");
        string index = Path.Combine(root, "index.html");
        if (File.Exists(index) && File.GetLastWriteTimeUtc(index) >= NewestSource(repo))
        {
            return root;
        }

        var publish = new ProcessStartInfo("dotnet", ["publish", "src/TeamSim.Explorer", "-c", "Release", "-o", "artifacts/explorer"])
        {
            WorkingDirectory = repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(publish) ?? throw new InvalidOperationException("could not start dotnet publish");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish src/TeamSim.Explorer took over 10 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish src/TeamSim.Explorer failed:\n{output.Result}\n{error.Result}");
        }

        return root;
    }

    /// <summary>When a source of the published site (explorer, Analysis, Core) last changed.</summary>
    private static DateTime NewestSource(string repo)
    {
        string[] extensions = [".cs", ".razor", ".css", ".html", ".js", ".csproj", ".json"];
        return new[] { "TeamSim.Explorer", "TeamSim.Analysis", "TeamSim.Core" }
            .Select(project => Path.Combine(repo, "src", project))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
    }
}
