using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Designs;

public sealed class MorrisDesignTests
{
    private static Factor[] Factors(int d) =>
        Enumerable.Range(0, d).Select(i => Factor.Range($"f{i}", 0, 1)).ToArray();

    [Theory]
    [InlineData(10, 4, 5, 0)]
    [InlineData(6, 6, 3, 0)]
    [InlineData(8, 4, 7, 40)]
    public void Each_step_of_a_trajectory_moves_exactly_one_factor_by_delta_and_every_factor_once(int r, int p, int d, int candidates)
    {
        var design = new MorrisDesign(r, p, candidates);
        DesignMatrix m = design.Generate(Factors(d), 9);
        double delta = p / (2.0 * (p - 1));

        Assert.Equal(r * (d + 1), m.Count);
        Assert.Equal(r * (d + 1), design.PointCount(Factors(d)));
        for (int t = 0; t < r; t++)
        {
            var moved = new bool[d];
            for (int step = 0; step < d; step++)
            {
                ReadOnlySpan<double> before = m.Row((t * (d + 1)) + step);
                ReadOnlySpan<double> after = m.Row((t * (d + 1)) + step + 1);
                int changes = 0;
                for (int f = 0; f < d; f++)
                {
                    if (before[f] != after[f])
                    {
                        changes++;
                        Assert.Equal(delta, Math.Abs(after[f] - before[f]), 12);
                        Assert.False(moved[f]);
                        moved[f] = true;
                    }
                }

                Assert.Equal(1, changes);
            }

            Assert.All(moved, Assert.True);
        }
    }

    [Fact]
    public void Every_coordinate_lies_on_the_p_level_grid()
    {
        const int p = 4;
        DesignMatrix m = new MorrisDesign(20, p).Generate(Factors(4), 3);
        for (int i = 0; i < m.Count; i++)
        {
            foreach (double u in m.Row(i))
            {
                double level = u * (p - 1);
                Assert.Equal(Math.Round(level), level, 9);
            }
        }
    }

    [Fact]
    public void Campolongo_selection_spreads_trajectories_wider_than_the_first_r_drawn()
    {
        Factor[] factors = Factors(4);
        DesignMatrix plain = new MorrisDesign(6, 4).Generate(factors, 21);
        DesignMatrix spread = new MorrisDesign(6, 4, candidates: 60).Generate(factors, 21);
        Assert.True(Spread(spread) > Spread(plain));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(4, 3)]
    public void Bad_settings_are_refused(int r, int p)
    {
        Assert.ThrowsAny<ArgumentException>(() => new MorrisDesign(r, p));
    }

    private static double Spread(DesignMatrix m)
    {
        // Sum over pairs of points in different trajectories of their distance (Campolongo's criterion).
        int per = m.Dimensions + 1;
        double sum = 0;
        for (int a = 0; a < m.Count; a++)
        {
            for (int b = 0; b < m.Count; b++)
            {
                if (a / per < b / per)
                {
                    double sq = 0;
                    for (int f = 0; f < m.Dimensions; f++)
                    {
                        sq += (m[a, f] - m[b, f]) * (m[a, f] - m[b, f]);
                    }

                    sum += Math.Sqrt(sq);
                }
            }
        }

        return sum;
    }
}
