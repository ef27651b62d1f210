using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Designs;

public sealed class GridDesignTests
{
    [Fact]
    public void A_grid_holds_every_combination_once_with_the_last_factor_fastest()
    {
        Factor[] factors = [Factor.List("a", [1, 2, 3]), Factor.List("b", [10, 20])];
        var design = new GridDesign();
        DesignMatrix matrix = design.Generate(factors, seed: 1);

        Assert.Equal(6, design.PointCount(factors));
        Assert.Equal(6, matrix.Count);
        var rows = Enumerable.Range(0, matrix.Count).Select(p => matrix.Values(p, factors)).ToArray();
        Assert.Equal([1, 10], rows[0]);
        Assert.Equal([1, 20], rows[1]);
        Assert.Equal([2, 10], rows[2]);
        Assert.Equal([3, 20], rows[5]);
        Assert.Equal(6, rows.Select(r => (r[0], r[1])).Distinct().Count());
    }

    [Fact]
    public void A_grid_does_not_depend_on_the_seed()
    {
        Factor[] factors = [Factor.Range("a", 0, 1, levels: 4), Factor.Range("b", 1, 100, FactorScale.Log, levels: 3)];
        DesignMatrix one = new GridDesign().Generate(factors, 1);
        DesignMatrix two = new GridDesign().Generate(factors, 2);
        for (int p = 0; p < one.Count; p++)
        {
            Assert.True(one.Row(p).SequenceEqual(two.Row(p)));
        }

        Assert.Equal(12, one.Count);
    }
}
