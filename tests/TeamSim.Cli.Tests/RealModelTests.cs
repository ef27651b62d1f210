using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

/// <summary>The built-in models end to end, on small sizes.</summary>
public sealed class RealModelTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void Every_built_in_scenario_is_accepted_by_the_real_models()
    {
        foreach (string name in BuiltInScenarios.Names)
        {
            var result = CliRunner.Run(BuiltInModels.Catalog, "validate", name);
            Assert.True(result.Code == 0, result.Err);
        }
    }

    [Fact]
    public void The_classroom_runs_with_the_team_model_and_writes_every_output()
    {
        string dir = Path.Combine(_work, "c");
        var result = CliRunner.Run(BuiltInModels.Catalog, "run", "classroom", "--out", dir, "-r", "4", "-t", "40", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        string[] runs = File.ReadAllLines(Path.Combine(dir, "runs.csv"));
        Assert.Equal(1 + 8, runs.Length);
        Assert.Contains(runs, l => l.Contains(",inquiry,", StringComparison.Ordinal));
        Assert.True(Directory.GetFiles(Path.Combine(dir, "plots"), "*.png").Length >= 3);
    }

    [Fact]
    public void A_march1991_scenario_runs_through_the_same_pipeline()
    {
        string file = Path.Combine(_work, "march.json");
        Directory.CreateDirectory(_work);
        File.WriteAllText(file, """{ "name": "march", "model": "march1991", "ticks": 50, "replications": 3, "parameters": { "n": 20 } }""");
        string dir = Path.Combine(_work, "m");
        var result = CliRunner.Run(BuiltInModels.Catalog, "run", file, "--out", dir, "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Assert.True(File.Exists(Path.Combine(dir, "comparison.csv")));
    }
}
