using System.Diagnostics;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>
/// The published explorer site: <c>TEAMSIM_EXPLORER_ROOT</c> if set, else artifacts/explorer/wwwroot
/// in the repository, published there first when missing (as .ci/run does before the tests).
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
        if (File.Exists(Path.Combine(root, "index.html")))
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
}
