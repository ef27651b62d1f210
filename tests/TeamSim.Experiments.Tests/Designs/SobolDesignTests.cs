using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Designs;

public sealed class SobolDesignTests
{
    private static Factor[] Factors(int d) =>
        Enumerable.Range(0, d).Select(i => Factor.Range($"f{i}", 0, 1)).ToArray();

    [Theory]
    [InlineData(64, 3, false, 64 * 5)]
    [InlineData(64, 3, true, 64 * 8)]
    [InlineData(8, 8, false, 8 * 10)]
    [InlineData(8, 8, true, 8 * 18)]
    public void The_design_has_N_times_D_plus_2_points_or_N_times_2D_plus_2_with_second_order(int n, int d, bool second, int expected)
    {
        var design = new SobolDesign(n, second);
        Assert.Equal(expected, design.PointCount(Factors(d)));
        Assert.Equal(expected, design.Generate(Factors(d), 1).Count);
    }

    [Fact]
    public void Each_AB_point_is_A_with_one_column_from_B_and_each_BA_point_the_reverse()
    {
        const int d = 4;
        var design = new SobolDesign(16, secondOrder: true);
        DesignMatrix m = design.Generate(Factors(d), 5);
        int per = design.PointsPerSample(d);
        for (int j = 0; j < 16; j++)
        {
            ReadOnlySpan<double> a = m.Row(j * per);
            ReadOnlySpan<double> b = m.Row((j * per) + per - 1);
            for (int i = 0; i < d; i++)
            {
                ReadOnlySpan<double> ab = m.Row((j * per) + 1 + i);
                ReadOnlySpan<double> ba = m.Row((j * per) + 1 + d + i);
                for (int f = 0; f < d; f++)
                {
                    Assert.Equal(f == i ? b[f] : a[f], ab[f]);
                    Assert.Equal(f == i ? a[f] : b[f], ba[f]);
                }
            }
        }
    }

    [Fact]
    public void With_N_a_power_of_two_every_column_of_A_and_B_is_balanced()
    {
        const int n = 256, d = 6;
        var design = new SobolDesign(n);
        DesignMatrix m = design.Generate(Factors(d), 11);
        int per = design.PointsPerSample(d);
        foreach (int offset in new[] { 0, per - 1 })
        {
            for (int f = 0; f < d; f++)
            {
                var hits = new int[n];
                for (int j = 0; j < n; j++)
                {
                    hits[(int)(m[(j * per) + offset, f] * n)]++;
                }

                Assert.All(hits, h => Assert.Equal(1, h));
            }
        }
    }

    [Fact]
    public void A_and_B_are_different_points_and_the_seed_changes_the_design()
    {
        var design = new SobolDesign(32);
        DesignMatrix one = design.Generate(Factors(3), 1);
        DesignMatrix two = design.Generate(Factors(3), 2);
        Assert.False(one.Row(0).SequenceEqual(one.Row(4)));
        Assert.False(one.Row(0).SequenceEqual(two.Row(0)));
        Assert.True(one.Row(7).SequenceEqual(design.Generate(Factors(3), 1).Row(7)));
    }

    [Fact]
    public void Too_many_factors_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SobolDesign(8).Generate(Factors(SobolDesign.MaxFactors + 1), 1));
    }
}
