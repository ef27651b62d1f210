using TeamSim.Core.Models;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Cli.Tests;

/// <summary>Runs <c>teamsim</c> in-process with captured output, against the fake team model unless told otherwise.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args) => Run(FakeTeamModelFactory.Catalog(), args);

    public static (int Code, string Out, string Err) Run(ModelCatalog models, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = TeamSimCli.Run(args, output, error, models);
        return (code, output.ToString(), error.ToString());
    }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "teamsim-cli-tests", Guid.NewGuid().ToString("N"));

    public static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "TeamSim.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
