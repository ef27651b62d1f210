using MathNet.Numerics.Statistics;
using TeamSim.Experiments.Analysis;

namespace TeamSim.Experiments.Tests.Analysis;

public sealed class WelfordGridTests
{
    [Fact]
    public void Each_cell_agrees_with_MathNet_running_statistics_over_its_own_values_only()
    {
        var grid = new WelfordGrid(2, 3, 2);
        var reference = new RunningStatistics[2, 3, 2];
        var random = new System.Random(7); // test data only
        for (int g = 0; g < 2; g++)
        {
            for (int p = 0; p < 3; p++)
            {
                for (int m = 0; m < 2; m++)
                {
                    reference[g, p, m] = new RunningStatistics();
                }
            }
        }

        for (int i = 0; i < 600; i++)
        {
            int g = random.Next(2), p = random.Next(3), m = random.Next(2);
            double value = (random.NextDouble() * 1000) + (g * 1e6);
            grid.Push(g, p, m, value);
            reference[g, p, m].Push(value);
        }

        for (int g = 0; g < 2; g++)
        {
            for (int p = 0; p < 3; p++)
            {
                for (int m = 0; m < 2; m++)
                {
                    RunningStatistics r = reference[g, p, m];
                    Assert.Equal(r.Count, grid.Count(g, p, m));
                    Assert.Equal(r.Mean, grid.Mean(g, p, m), 9);
                    Assert.Equal(r.StandardDeviation, grid.StandardDeviation(g, p, m), 9);
                }
            }
        }
    }

    [Fact]
    public void Undefined_values_are_skipped_and_small_cells_have_no_spread()
    {
        var grid = new WelfordGrid(1, 2, 1);
        grid.Push(0, 0, 0, 4);
        grid.Push(0, 0, 0, double.NaN);
        grid.Push(0, 0, 0, 8);

        Assert.Equal(2, grid.Count(0, 0, 0));
        Assert.Equal(6, grid.Mean(0, 0, 0));
        Assert.Equal(Math.Sqrt(8), grid.StandardDeviation(0, 0, 0), 12);
        Assert.Equal(12.706204736174705 * Math.Sqrt(8) / Math.Sqrt(2), grid.HalfWidth95(0, 0, 0), 6); // t(0.975, 1)
        Assert.True(double.IsNaN(grid.Mean(0, 1, 0)));
        Assert.True(double.IsNaN(grid.StandardDeviation(0, 1, 0)));
        grid.Push(0, 1, 0, 3);
        Assert.True(double.IsNaN(grid.HalfWidth95(0, 1, 0)));
    }
}
