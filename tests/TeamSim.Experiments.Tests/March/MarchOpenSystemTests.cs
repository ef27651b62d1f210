using TeamSim.Experiments.March;

namespace TeamSim.Experiments.Tests.March;

public sealed class MarchOpenSystemTests
{
    [Fact]
    public void The_series_has_a_point_per_period_and_does_not_depend_on_threads()
    {
        var options = new MarchOpenSystemOptions(0.5, 0.5, 0.1, 0.02, Horizon: 30, Iterations: 60, MaxDegreeOfParallelism: 1);
        var single = MarchOpenSystem.Compute(options);
        var many = MarchOpenSystem.Compute(options with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(Enumerable.Range(1, 30), single.Select(p => p.Period));
        Assert.Equal(single, many);
    }

    [Fact]
    public void Under_turbulence_without_turnover_the_code_forgets_what_a_stable_world_keeps()
    {
        // Common random numbers: both settings start from the same reality and beliefs in each iteration.
        const int iterations = 300;
        var stable = MarchOpenSystem.Compute(new MarchOpenSystemOptions(0.5, 0.5, 0, 0, Horizon: 80, Iterations: iterations));
        var turbulent = MarchOpenSystem.Compute(new MarchOpenSystemOptions(0.5, 0.5, 0, 0.02, Horizon: 80, Iterations: iterations));

        MarchTimePoint stableEnd = stable[^1];
        MarchTimePoint turbulentEnd = turbulent[^1];
        Assert.True(turbulentEnd.Ci95High < stableEnd.Ci95Low, $"turbulent {turbulentEnd.MeanCodeKnowledge} vs stable {stableEnd.MeanCodeKnowledge}");

        // In the turbulent world knowledge peaks and then decays.
        double peak = turbulent.Max(p => p.MeanCodeKnowledge);
        Assert.True(peak - turbulentEnd.MeanCodeKnowledge > (turbulentEnd.Ci95High - turbulentEnd.Ci95Low));
    }

    [Fact]
    public void A_closed_system_that_settles_early_carries_its_equilibrium_to_the_horizon()
    {
        var series = MarchOpenSystem.Compute(new MarchOpenSystemOptions(0.9, 0.9, 0, 0, Horizon: 200, Iterations: 40));
        Assert.Equal(series[^2].MeanCodeKnowledge, series[^1].MeanCodeKnowledge);
        Assert.Equal(series[^1].MeanCodeKnowledge, series[^1].MeanMemberKnowledge, 12);
    }

    [Fact]
    public void The_standard_settings_are_the_four_turnover_and_turbulence_combinations_on_common_seeds()
    {
        var series = MarchOpenSystem.ComputeStandard(iterations: 30, seed: 3, horizon: 5);
        Assert.Equal(MarchOpenSystem.StandardSettings.Count, series.Count);
        Assert.All(series, s => Assert.Equal(5, s.Points.Count));
        Assert.Equal("p1 = 0.5, p2 = 0.5, p3 = 0.1, p4 = 0.02", series[3].Label);

        // Every setting uses design point 0 of the same seed, so the first equals a direct closed-system computation.
        var closed = MarchOpenSystem.Compute(new MarchOpenSystemOptions(0.5, 0.5, 0, 0, Horizon: 5, Iterations: 30, MasterSeed: 3));
        Assert.Equal(closed[0], series[0].Points[0]);
    }

    [Fact]
    public void The_block_size_changes_no_number()
    {
        var options = new MarchOpenSystemOptions(0.5, 0.5, 0.1, 0.02, Horizon: 20, Iterations: 11, MasterSeed: 8);
        var whole = MarchOpenSystem.Compute(options);
        var inThrees = MarchOpenSystem.Compute(options, blockValues: 3 * 20);

        Assert.Equal(whole, inThrees);
    }
}
