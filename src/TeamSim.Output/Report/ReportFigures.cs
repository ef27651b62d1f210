using ScottPlot;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Report;

/// <summary>
/// The report's charts, drawn with ScottPlot from the CSV tables and returned as inlinable SVG:
/// large fonts, thick lines, Okabe-Ito colours, white background (projectors in light rooms).
/// </summary>
public static class ReportFigures
{
    private const int Width = 1200;
    private const int Height = 620;

    /// <summary>Mean per tick of a per-tick metric for every policy with its 95% CI band; null when no policy has the metric.</summary>
    public static string? TimeSeries(ReportData data, string metric, string title, string yLabel, string idPrefix)
    {
        Plot plot = FigureStyle.NewPlot();
        bool any = false;
        for (int p = 0; p < data.Policies.Count; p++)
        {
            var xs = new List<double>();
            var mean = new List<double>();
            var low = new List<double>();
            var high = new List<double>();
            foreach (TimePoint point in data.SeriesOf(p, metric))
            {
                if (!double.IsFinite(point.Mean))
                {
                    continue;
                }

                xs.Add(point.Tick);
                mean.Add(point.Mean);
                low.Add(double.IsFinite(point.CiLow) ? point.CiLow : point.Mean);
                high.Add(double.IsFinite(point.CiHigh) ? point.CiHigh : point.Mean);
            }

            if (xs.Count == 0)
            {
                continue;
            }

            any = true;
            Color color = OkabeIto.For(p);
            var band = plot.Add.FillY(xs.ToArray(), low.ToArray(), high.ToArray());
            band.FillStyle.Color = color.WithAlpha(0.28);
            band.LineStyle.Width = 0;
            var line = plot.Add.ScatterLine(xs.ToArray(), mean.ToArray());
            line.Color = color;
            line.LineWidth = 4;
            line.LegendText = data.Policies[p].Name;
        }

        if (!any)
        {
            return null;
        }

        FigureStyle.Projector.Apply(plot, title, "time (ticks)", yLabel, legend: true);
        return SvgInline.Embed(plot.GetSvgXml(Width, Height), idPrefix, title);
    }

    /// <summary>
    /// The reporting paradox: per policy, errors actually made next to errors reported (means over
    /// replications with 95% CIs, summary.csv); null when the model has no such metrics.
    /// </summary>
    public static string? ReportingParadox(ReportData data, string idPrefix)
    {
        Plot plot = FigureStyle.NewPlot();
        var bars = new List<Bar>();
        for (int p = 0; p < data.Policies.Count; p++)
        {
            SummaryRow? made = data.SummaryOf(data.Policies[p].Name, "errors_made");
            SummaryRow? reported = data.SummaryOf(data.Policies[p].Name, "errors_reported");
            if (made is null || reported is null)
            {
                return null;
            }

            Color color = OkabeIto.For(p);
            bars.Add(Bar(p * 3, made, color.WithAlpha(0.35), color));
            bars.Add(Bar((p * 3) + 1, reported, color, color));
        }

        plot.Add.Bars(bars);

        var positions = new List<double>();
        var labels = new List<string>();
        for (int p = 0; p < data.Policies.Count; p++)
        {
            positions.Add(p * 3);
            labels.Add($"{data.Policies[p].Name}:\nmade");
            positions.Add((p * 3) + 1);
            labels.Add($"{data.Policies[p].Name}:\nreported");
        }

        plot.Axes.Bottom.SetTicks(positions.ToArray(), labels.ToArray());
        plot.Axes.SetLimitsX(-0.8, (data.Policies.Count * 3) - 1.2);
        double top = bars.Max(b => b.Value + b.Error);
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.3 : 1);
        plot.Legend.ManualItems.Clear();
        for (int p = 0; p < data.Policies.Count; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Policies[p].Name, FillColor = OkabeIto.For(p) });
        }

        string title = "Errors made vs errors reported per run (mean, 95% CI)";
        FigureStyle.Projector.Apply(plot, title, string.Empty, "errors per run", legend: true);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 22;
        return SvgInline.Embed(plot.GetSvgXml(Width, Height), idPrefix, title);
    }

    private static Bar Bar(double position, SummaryRow row, Color fill, Color line) => new()
    {
        Position = position,
        Value = double.IsFinite(row.Mean) ? row.Mean : 0,
        Error = double.IsFinite(row.CiHigh) && double.IsFinite(row.Mean) ? row.CiHigh - row.Mean : 0,
        FillColor = fill,
        LineColor = line,
        LineWidth = 3,
        Size = 0.9,
    };


}
