using ScottPlot;
using TeamSim.Core.Models;

namespace TeamSim.Output.Plots;

/// <summary>Axis limits that respect a metric's range: a rate's axis stops at 0 and 1, a count's at 0.</summary>
internal static class FigureAxes
{
    /// <summary>
    /// Fits the vertical axis to what is drawn, then cuts it at <paramref name="bounds"/>, so no axis runs
    /// below 0 for a count or past 1 for a share. Call after adding every plottable; the horizontal axis is left alone.
    /// </summary>
    public static void KeepInside(Plot plot, MetricBounds bounds)
    {
        plot.Axes.AutoScaleY();
        AxisLimits limits = plot.Axes.GetLimits();
        double bottom = bounds.HasLower ? Math.Max(limits.Bottom, bounds.Lower) : limits.Bottom;
        double top = bounds.HasUpper ? Math.Min(limits.Top, bounds.Upper) : limits.Top;
        if (top > bottom)
        {
            plot.Axes.SetLimitsY(bottom, top);
        }
    }
}
