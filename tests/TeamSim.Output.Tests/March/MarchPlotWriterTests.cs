using ScottPlot;
using TeamSim.Experiments.March;
using TeamSim.Output.March;

namespace TeamSim.Output.Tests.March;

public sealed class MarchPlotWriterTests
{
    [Fact]
    public void Figure_1_draws_each_cells_asymmetric_interval_and_its_axis_stops_at_knowledge_1()
    {
        // Knowledge near its top: the interval is long below the mean and short above it.
        MarchFigure1Row[] rows =
        [
            new(0.1, 0.5, 3, 0.95, 0.05, 0.80, 0.99, 40, 0),
            new(0.5, 0.5, 3, 0.90, 0.05, 0.75, 0.97, 30, 0),
            new(0.9, 0.5, 3, 0.97, 0.02, 0.90, 1.00, 20, 0),
        ];

        Plot plot = MarchPlotWriter.Figure1(rows);

        ScottPlot.Plottables.ErrorBar bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.ErrorBar>());
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].Ci95Low, bars.Ys[i] - bars.YErrorNegative![i], 12);
            Assert.Equal(rows[i].Ci95High, bars.Ys[i] + bars.YErrorPositive![i], 12);
        }

        Assert.Equal(1, plot.Axes.GetLimits().Top);
    }
}
