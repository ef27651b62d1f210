using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using TeamSim.Core.Models;
using TeamSim.Explorer.Simulation;

namespace TeamSim.Explorer.Tests.Simulation;

public sealed class ExplorerSessionTests
{
    [Fact]
    public void Chart_bands_are_the_t_interval_of_the_runs_so_far_at_every_count()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=40&reps=4&seed=3");
        var session = new ExplorerSession(setup);
        int column = Column("open_incidents");
        int columns = ExplorerEngine.Model.TickMetrics.Count;
        var runs = new List<double[]>();
        for (int r = 0; r < setup.Replications; r++)
        {
            session.RunNext();
            var series = new double[setup.Ticks * columns];
            ExplorerEngine.RunOne(session.Parameters[1], setup.Seed, r, setup.Ticks, series, new double[ExplorerEngine.Model.RunMetrics.Count]);
            runs.Add(series);
            if (r == 0)
            {
                continue;
            }

            // The interval widens with fewer runs (t quantile of n - 1 degrees of freedom): checked at n = 2, 3, 4.
            ChartSeries band = session.Series(1, ChartMetric.OpenIncidents);
            for (int t = 0; t < setup.Ticks; t++)
            {
                double[] values = runs.Select(s => s[(t * columns) + column]).ToArray();
                double half = StudentT.InvCDF(0, 1, values.Length - 1, 0.975) * values.StandardDeviation() / Math.Sqrt(values.Length);
                Assert.Equal(values.Mean(), band.Mean[t], 9);
                Assert.Equal(values.Mean() - half, band.Low[t], 9);
                Assert.Equal(values.Mean() + half, band.High[t], 9);
            }
        }
    }

    private static int Column(string name)
    {
        IReadOnlyList<MetricDefinition> metrics = ExplorerEngine.Model.TickMetrics;
        for (int i = 0; i < metrics.Count; i++)
        {
            if (metrics[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException(name);
    }
}
