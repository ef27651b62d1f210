using ScottPlot;
using TeamSim.Core.Models;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Report;

/// <summary>
/// The report's charts, drawn with ScottPlot from the CSV tables and returned as inlinable SVG:
/// large fonts, thick lines, Okabe-Ito colours, white background (projectors in light rooms).
/// Every interval drawn is the one the CSV files hold, which stays inside the metric's range
/// (docs/OUTPUTS.md, "Intervals"), and the value axis stops at that range.
/// </summary>
public static class ReportFigures
{
    private const int Width = 1200;
    private const int Height = 620;

    /// <summary>Mean per tick of a per-tick metric for every policy with its 95% CI band; null when no policy has the metric.</summary>
    /// <param name="data">The results.</param>
    /// <param name="metric">The per-tick metric.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="yLabel">Value axis label.</param>
    /// <param name="bounds">The metric's range; the value axis stops at it.</param>
    /// <param name="idPrefix">Prefix that makes the SVG's ids unique in the page.</param>
    public static string? TimeSeries(ReportData data, string metric, string title, string yLabel, MetricBounds bounds, string idPrefix)
    {
        Plot? plot = TimeSeriesPlot(data, metric, title, yLabel, bounds);
        return plot is null ? null : SvgInline.Embed(plot.GetSvgXml(Width, Height), idPrefix, title);
    }

    /// <summary>The figure of <see cref="TimeSeries"/> before it is drawn; null when no policy has the metric.</summary>
    internal static Plot? TimeSeriesPlot(ReportData data, string metric, string title, string yLabel, MetricBounds bounds)
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
        FigureAxes.KeepInside(plot, bounds);
        return plot;
    }

    /// <summary>
    /// The reporting paradox: per policy, errors actually made next to errors reported (means over
    /// replications with 95% CIs, summary.csv); null when the model has no such metrics.
    /// </summary>
    public static string? ReportingParadox(ReportData data, string idPrefix)
    {
        Plot? plot = ReportingParadoxPlot(data);
        return plot is null ? null : SvgInline.Embed(plot.GetSvgXml(Width, Height), idPrefix, ParadoxTitle);
    }

    private const string ParadoxTitle = "Errors made vs errors reported per run (mean, 95% CI)";

    /// <summary>The figure of <see cref="ReportingParadox"/> before it is drawn; null when the model has no such metrics.</summary>
    internal static Plot? ReportingParadoxPlot(ReportData data)
    {
        Plot plot = FigureStyle.NewPlot();
        var bars = new List<Bar>();
        var rows = new List<(double Position, SummaryRow Row)>();
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
            rows.Add((p * 3, made));
            rows.Add(((p * 3) + 1, reported));
        }

        plot.Add.Bars(bars);

        // Bars carry symmetric errors only; the CI from summary.csv is asymmetric near 0, so it is drawn on its own.
        var xs = new List<double>();
        var ys = new List<double>();
        var up = new List<double>();
        var down = new List<double>();
        foreach ((double position, SummaryRow row) in rows)
        {
            if (double.IsFinite(row.Mean) && double.IsFinite(row.CiLow) && double.IsFinite(row.CiHigh))
            {
                xs.Add(position);
                ys.Add(row.Mean);
                up.Add(Math.Max(0, row.CiHigh - row.Mean));
                down.Add(Math.Max(0, row.Mean - row.CiLow));
            }
        }

        if (xs.Count > 0)
        {
            var zeros = new double[xs.Count];
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, zeros, zeros, up, down) { Color = Colors.Black, LineWidth = 3 });
        }

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
        double top = rows.Select(r => double.IsFinite(r.Row.CiHigh) ? r.Row.CiHigh : r.Row.Mean).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.3 : 1);
        plot.Legend.ManualItems.Clear();
        for (int p = 0; p < data.Policies.Count; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Policies[p].Name, FillColor = OkabeIto.For(p) });
        }

        FigureStyle.Projector.Apply(plot, ParadoxTitle, string.Empty, "errors per run", legend: true);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 22;
        return plot;
    }

    private static Bar Bar(double position, SummaryRow row, Color fill, Color line) => new()
    {
        Position = position,
        Value = double.IsFinite(row.Mean) ? row.Mean : 0,
        FillColor = fill,
        LineColor = line,
        LineWidth = 3,
        Size = 0.9,
    };
}
