using ScottPlot;

namespace TeamSim.Output.Plots;

/// <summary>
/// Text sizes of a family of figures (results plots, sweep plots, the report's projector figures)
/// and the set-up every TeamSim figure shares: an installed sans font on white.
/// </summary>
/// <param name="Title">Title size in points.</param>
/// <param name="AxisLabel">Axis label size.</param>
/// <param name="TickLabel">Tick label size.</param>
/// <param name="Legend">Legend text size.</param>
internal sealed record FigureStyle(float Title, float AxisLabel, float TickLabel, float Legend)
{
    /// <summary>Width in pixels of the saved results, sweep and March figures.</summary>
    public const int Width = 1200;

    /// <summary>Height in pixels of the saved results, sweep and March figures.</summary>
    public const int Height = 750;

    /// <summary>The plots of <c>teamsim run</c>.</summary>
    public static FigureStyle Results { get; } = new(24, 22, 18, 18);

    /// <summary>Sweep plots (heatmaps, sensitivity bars), which carry more labels.</summary>
    public static FigureStyle Sweep { get; } = new(22, 20, 16, 16);

    /// <summary>The classroom report, read from the back of a room.</summary>
    public static FigureStyle Projector { get; } = new(28, 24, 20, 22);

    /// <summary>A new figure on white in the installed sans font.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Sans);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        return plot;
    }

    /// <summary>Sets title, axis labels and text sizes; shows the legend (at the upper left unless told) or hides it.</summary>
    public void Apply(Plot plot, string title, string xLabel, string yLabel, bool legend = true, Alignment legendAt = Alignment.UpperLeft)
    {
        plot.Title(title, Title);
        plot.XLabel(xLabel, AxisLabel);
        plot.YLabel(yLabel, AxisLabel);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickLabel;
        plot.Axes.Left.TickLabelStyle.FontSize = TickLabel;
        if (legend)
        {
            plot.Legend.FontSize = Legend;
            plot.ShowLegend(legendAt);
        }
        else
        {
            plot.HideLegend();
        }
    }

    /// <summary>Saves the figure as <paramref name="stem"/>.png and .svg at <see cref="Width"/> x <see cref="Height"/>.</summary>
    public static void SavePngAndSvg(Plot plot, string stem, Func<string, string> pathFor)
    {
        plot.SavePng(pathFor(stem + ".png"), Width, Height);
        plot.SaveSvg(pathFor(stem + ".svg"), Width, Height);
    }
}
