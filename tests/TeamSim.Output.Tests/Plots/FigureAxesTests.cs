using ScottPlot;
using TeamSim.Core.Models;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Tests.Plots;

public sealed class FigureAxesTests
{
    private static Plot Line(params double[] ys)
    {
        var plot = new Plot();
        plot.Add.ScatterLine(Enumerable.Range(0, ys.Length).Select(i => (double)i).ToArray(), ys);
        return plot;
    }

    [Fact]
    public void A_count_that_touches_0_gets_a_value_axis_that_stops_at_0_instead_of_the_usual_margin_below()
    {
        Plot loose = Line(0, 5, 10);
        loose.Axes.AutoScale();
        Assert.True(loose.Axes.GetLimits().Bottom < 0, "the automatic margin would not reach below 0, so this case tests nothing");

        Plot plot = Line(0, 5, 10);
        FigureAxes.KeepInside(plot, MetricBounds.NonNegative);

        Assert.Equal(0, plot.Axes.GetLimits().Bottom);
        Assert.True(plot.Axes.GetLimits().Top > 10);
    }

    [Fact]
    public void A_share_near_both_ends_gets_a_value_axis_from_0_to_1()
    {
        Plot plot = Line(0, 0.5, 1);
        FigureAxes.KeepInside(plot, MetricBounds.UnitInterval);

        AxisLimits limits = plot.Axes.GetLimits();
        Assert.Equal(0, limits.Bottom);
        Assert.Equal(1, limits.Top);
    }

    [Fact]
    public void An_unbounded_metric_keeps_the_automatic_margins()
    {
        Plot plot = Line(-3, 0, 3);
        FigureAxes.KeepInside(plot, MetricBounds.Unbounded);

        Assert.True(plot.Axes.GetLimits().Bottom < -3);
        Assert.True(plot.Axes.GetLimits().Top > 3);
    }
}
