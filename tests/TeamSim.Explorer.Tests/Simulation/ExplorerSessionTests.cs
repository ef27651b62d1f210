using MathNet.Numerics.Statistics;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Explorer.Simulation;

namespace TeamSim.Explorer.Tests.Simulation;

public sealed class ExplorerSessionTests
{
    [Fact]
    public void Chart_bands_are_the_bounded_interval_of_the_csv_files_for_the_runs_so_far_at_every_count()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=40&reps=4&seed=3");
        var session = new ExplorerSession(setup);
        int column = Column("open_incidents");
        MetricBounds bounds = ExplorerEngine.Model.TickMetrics[column].Bounds;
        Assert.Equal(MetricBounds.NonNegative, bounds);
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
                (double low, double high) = BoundedInterval.Mean95(values.Mean(), values.StandardDeviation(), values.Length, bounds);
                Assert.Equal(values.Mean(), band.Mean[t], 9);
                Assert.Equal(double.IsNaN(low) ? values.Mean() : low, band.Low[t], 9);
                Assert.Equal(double.IsNaN(high) ? values.Mean() : high, band.High[t], 9);
            }
        }
    }

    [Fact]
    public void No_band_of_any_chart_leaves_its_metrics_range_at_n_3()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=60&reps=3&seed=5");
        var session = new ExplorerSession(setup);
        while (!session.IsComplete)
        {
            session.RunNext();
        }

        foreach (ChartMetric metric in Enum.GetValues<ChartMetric>())
        {
            const double lowest = 0;
            double highest = metric is ChartMetric.PsychSafety or ChartMetric.TeamKnowledge ? 1 : double.PositiveInfinity;
            for (int p = 0; p < 2; p++)
            {
                ChartSeries band = session.Series(p, metric);
                for (int t = 0; t < band.Low.Length; t++)
                {
                    Assert.True(band.Low[t] >= lowest && band.High[t] <= highest, $"{metric}, policy {p}, tick {t + 1}: [{band.Low[t]}, {band.High[t]}]");
                }
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
