using ScottPlot;

namespace TeamSim.Output.Plots;

/// <summary>
/// One policy's curve of means with its 95% CI band, collected point by point and drawn in the
/// policy's Okabe-Ito colour: the one way run time series and sweep response curves draw a mean.
/// </summary>
internal sealed class MeanBand
{
    private readonly List<double> _xs = [];
    private readonly List<double> _mean = [];
    private readonly List<double> _low = [];
    private readonly List<double> _high = [];

    /// <summary>Adds a point; an interval end that is not finite (n = 1) collapses onto the mean.</summary>
    public void Add(double x, double mean, double low, double high)
    {
        _xs.Add(x);
        _mean.Add(mean);
        _low.Add(double.IsFinite(low) ? low : mean);
        _high.Add(double.IsFinite(high) ? high : mean);
    }

    /// <summary>Draws the band and the line of means for policy number <paramref name="policy"/>; nothing when no point was added.</summary>
    public void Draw(Plot plot, int policy, string legend, float markerSize = 0)
    {
        if (_xs.Count == 0)
        {
            return;
        }

        Color color = OkabeIto.For(policy);
        var band = plot.Add.FillY(_xs.ToArray(), _low.ToArray(), _high.ToArray());
        band.FillStyle.Color = color.WithAlpha(0.25);
        band.LineStyle.Width = 0;
        var line = plot.Add.ScatterLine(_xs.ToArray(), _mean.ToArray());
        line.Color = color;
        line.LineWidth = 3;
        line.MarkerSize = markerSize;
        line.LegendText = legend;
    }
}
