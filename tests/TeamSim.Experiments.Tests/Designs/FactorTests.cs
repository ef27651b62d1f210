using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Designs;

public sealed class FactorTests
{
    [Theory]
    [InlineData(0.0, 0.2)]
    [InlineData(0.5, 0.5)]
    [InlineData(1.0, 0.8)]
    public void A_linear_range_maps_the_unit_interval_onto_min_to_max(double u, double expected)
    {
        var factor = Factor.Range("leader.inquiry", 0.2, 0.8);
        Assert.Equal(expected, factor.ValueAt(u), 12);
    }

    [Fact]
    public void A_log_range_puts_the_geometric_mean_at_the_middle()
    {
        var factor = Factor.Range("incidents.rate", 0.01, 1, FactorScale.Log);
        Assert.Equal(0.1, factor.ValueAt(0.5), 12);
        Assert.Equal(0.01, factor.ValueAt(0), 12);
        Assert.Equal(1, factor.ValueAt(1), 12);
    }

    [Fact]
    public void The_ends_of_a_log_range_are_exactly_the_bounds_written_in_the_sweep_file()
    {
        var factor = Factor.Range("incidents.severity_growth", 0.005, 0.2, FactorScale.Log, levels: 5);
        Assert.NotEqual(0.005, Math.Exp(Math.Log(0.005))); // why the ends are special-cased
        Assert.Equal(0.005, factor.ValueAt(factor.LevelCoordinate(0)));
        Assert.Equal(0.2, factor.ValueAt(factor.LevelCoordinate(4)));
        Assert.Equal(Math.Sqrt(0.005 * 0.2), factor.ValueAt(factor.LevelCoordinate(2)), 12);
    }

    [Fact]
    public void An_integer_range_gives_every_whole_number_an_equal_share_of_the_unit_interval()
    {
        var factor = Factor.Range("team.size", 2, 5, isInteger: true);
        var counts = new int[4];
        const int steps = 4000;
        for (int k = 0; k < steps; k++)
        {
            double value = factor.ValueAt((k + 0.5) / steps);
            Assert.Equal(Math.Floor(value), value);
            counts[(int)value - 2]++;
        }

        Assert.All(counts, c => Assert.Equal(steps / 4, c));
        Assert.Equal(5, factor.ValueAt(1.0));
    }

    [Fact]
    public void Grid_levels_of_a_list_pick_each_listed_value_in_order()
    {
        var factor = Factor.List("leader.blame", [0.1, 0.4, 0.9, 0.2]);
        var picked = Enumerable.Range(0, factor.Levels).Select(l => factor.ValueAt(factor.LevelCoordinate(l))).ToArray();
        Assert.Equal([0.1, 0.4, 0.9, 0.2], picked);
    }

    [Fact]
    public void Grid_levels_of_a_range_are_evenly_spaced_from_min_to_max()
    {
        var factor = Factor.Range("leader.blame", 0, 1, levels: 5);
        var picked = Enumerable.Range(0, 5).Select(l => factor.ValueAt(factor.LevelCoordinate(l))).ToArray();
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], picked);
    }

    [Theory]
    [InlineData(1.0, 0.0, FactorScale.Linear, 5)]
    [InlineData(0.0, 1.0, FactorScale.Log, 5)]
    [InlineData(0.0, 1.0, FactorScale.Linear, 0)]
    [InlineData(double.NaN, 1.0, FactorScale.Linear, 5)]
    public void Invalid_ranges_are_refused_at_construction(double min, double max, FactorScale scale, int levels)
    {
        Assert.Throws<ArgumentException>(() => Factor.Range("x", min, max, scale, levels: levels));
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Factor.List("x", []));
    }
}
