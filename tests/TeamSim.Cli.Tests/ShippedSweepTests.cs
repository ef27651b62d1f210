using TeamSim.Cli.Commands;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Cli.Tests;

public sealed class ShippedSweepTests
{
    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "scenarios", "sweeps"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_sweep_file_loads_with_the_built_in_models(string file)
    {
        SweepDefinition sweep = SweepCommand.Load(BuiltInModels.Catalog, Path.Combine(CliRunner.RepoRoot(), "scenarios", "sweeps", file));

        Assert.Equal(Path.GetFileNameWithoutExtension(file), sweep.Name);
        Assert.True(sweep.Plan.TotalRuns > 0);
    }

    [Fact]
    public void The_regime_example_is_a_five_by_five_grid_of_command_against_inquiry()
    {
        SweepPlan plan = SweepCommand.Load(BuiltInModels.Catalog, Path.Combine(CliRunner.RepoRoot(), "scenarios", "sweeps", "novelty-expertise-regimes.json")).Plan;

        Assert.Equal(["command", "inquiry"], plan.Policies.Select(p => p.Name));
        Assert.Equal(["incidents.novelty", "leader.expertise"], plan.Factors.Select(f => f.Name));
        Assert.Equal(25, plan.Points);
    }
}
