using System.Globalization;
using ScottPlot;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Analysis;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Output.Plots;

/// <summary>
/// Draws the figures of a scenario run with ScottPlot, each as PNG and SVG: time series per policy
/// with 95% CI bands, errors reported vs made, outcome distributions per policy and a one-glance
/// summary of the paired differences. Okabe-Ito colours, large fonts.
/// </summary>
public static class PlotWriter
{
    /// <summary>Per-tick metrics drawn as time series when the model has them.</summary>
    public static IReadOnlyList<string> KeyTickMetrics { get; } = ["cumulative_damage", "open_incidents", "psych_safety", "team_knowledge"];

    /// <summary>Per-run metrics drawn as distributions when the model has them.</summary>
    public static IReadOnlyList<string> KeyRunMetrics { get; } = ["total_damage", "errors_reported", "final_psych_safety", "final_team_knowledge"];

    /// <summary>Per-run metrics in the one-glance summary when the model has them.</summary>
    public static IReadOnlyList<string> SummaryRunMetrics { get; } =
        ["total_damage", "crises", "mean_time_to_resolve", "errors_made", "errors_reported", "latent_surfaced", "final_psych_safety", "final_team_knowledge"];

    /// <summary>Writes every figure; returns the files written, relative to the results folder.</summary>
    /// <param name="result">The results to draw.</param>
    /// <param name="pathFor">Maps a relative file name to a full path inside the results folder.</param>
    public static IReadOnlyList<string> WriteAll(ExperimentResult result, Func<string, string> pathFor)
    {
        var figures = new List<(string Stem, Func<Plot> Draw)>();
        foreach (string metric in Pick(KeyTickMetrics, result.Scenario.Model.TickMetrics, 4))
        {
            figures.Add(("plots/timeseries_" + metric, () => TimeSeries(result, metric)));
        }

        if (result.TickMetricIndex("errors_made") >= 0 && result.TickMetricIndex("errors_reported") >= 0)
        {
            figures.Add(("plots/errors_reported_vs_made", () => ErrorsReportedVsMade(result)));
        }

        foreach (string metric in Pick(KeyRunMetrics, result.Scenario.Model.RunMetrics, 4))
        {
            figures.Add(("plots/outcome_" + metric, () => Distribution(result, metric)));
        }

        figures.Add(("plots/summary", () => Summary(result)));

        // Figures are independent, so they render in parallel; the file list keeps the fixed order.
        Parallel.ForEach(figures, figure => FigureStyle.SavePngAndSvg(figure.Draw(), figure.Stem, pathFor));
        return figures.SelectMany(f => new[] { f.Stem + ".png", f.Stem + ".svg" }).ToArray();
    }

    /// <summary>Mean per tick and policy with its 95% CI band.</summary>
    public static Plot TimeSeries(ExperimentResult result, string metric)
    {
        int m = result.TickMetricIndex(metric);
        MetricDefinition def = result.Scenario.Model.TickMetrics[m];
        TickStatistics stats = result.TickStatistics;
        Plot plot = FigureStyle.NewPlot();
        for (int p = 0; p < result.Scenario.Policies.Count; p++)
        {
            var curve = new MeanBand();
            for (int t = 1; t <= stats.Ticks; t++)
            {
                double mu = stats.Mean(p, t, m);
                if (!double.IsFinite(mu))
                {
                    continue;
                }

                (double lo, double hi) = stats.Interval95(p, t, m, result.Scenario.Model.TickMetrics[m].Bounds);
                curve.Add(t, mu, lo, hi);
            }

            curve.Draw(plot, p, result.Scenario.Policies[p].Name);
        }

        FigureStyle.Results.Apply(plot, $"{Label(def.Name)}: mean and 95% CI over {result.Scenario.Scenario.Replications} replications", "tick", Label(def.Name));
        FigureAxes.KeepInside(plot, def.Bounds);
        return plot;
    }

    /// <summary>
    /// Errors made (dashed) and reported (solid) per tick and policy, smoothed by a rolling mean, each with a
    /// band: the rolling mean of the per-tick 95% CI ends, which stay inside the metric's range.
    /// </summary>
    public static Plot ErrorsReportedVsMade(ExperimentResult result)
    {
        int made = result.TickMetricIndex("errors_made");
        int reported = result.TickMetricIndex("errors_reported");
        TickStatistics stats = result.TickStatistics;
        int window = Math.Max(1, stats.Ticks / 30);
        Plot plot = FigureStyle.NewPlot();
        MetricBounds bounds = MetricBounds.Unbounded;
        for (int p = 0; p < result.Scenario.Policies.Count; p++)
        {
            Color color = OkabeIto.For(p);
            string name = result.Scenario.Policies[p].Name;
            foreach ((int metric, bool dashed, string what) in new[] { (made, true, "made"), (reported, false, "reported") })
            {
                bounds = result.Scenario.Model.TickMetrics[metric].Bounds;
                double[] ys = Rolling(stats, p, metric, bounds, window, out double[] xs, out double[] low, out double[] high);
                if (xs.Length == 0)
                {
                    continue;
                }

                var band = plot.Add.FillY(xs, low, high);
                band.FillStyle.Color = color.WithAlpha(dashed ? 0.12 : 0.22);
                band.LineStyle.Width = 0;
                var line = plot.Add.ScatterLine(xs, ys);
                line.Color = color;
                line.LineWidth = 3;
                line.LinePattern = dashed ? LinePattern.Dashed : LinePattern.Solid;
                line.LegendText = $"{name}: errors {what}";
            }
        }

        FigureStyle.Results.Apply(plot, $"Errors made (dashed) vs reported (solid), rolling mean over {window} ticks, 95% CI bands", "tick", "errors per tick");
        FigureAxes.KeepInside(plot, bounds);
        return plot;
    }

    /// <summary>Each replication's value per policy (jittered points) with the mean and its 95% CI.</summary>
    public static Plot Distribution(ExperimentResult result, string metric)
    {
        int m = result.RunMetricIndex(metric);
        MetricDefinition def = result.Scenario.Model.RunMetrics[m];
        Plot plot = FigureStyle.NewPlot();
        int policies = result.Scenario.Policies.Count;
        for (int p = 0; p < policies; p++)
        {
            double[] values = result.RunMetric(p, m);
            var xs = new List<double>();
            var ys = new List<double>();
            for (int r = 0; r < values.Length; r++)
            {
                if (double.IsFinite(values[r]))
                {
                    // Deterministic jitter (golden-ratio sequence) so identical inputs draw identical pictures.
                    xs.Add(p + (((r * 0.6180339887) % 1.0) - 0.5) * 0.5);
                    ys.Add(values[r]);
                }
            }

            Color color = OkabeIto.For(p);
            if (xs.Count > 0)
            {
                var points = plot.Add.Markers(xs.ToArray(), ys.ToArray());
                points.Color = color.WithAlpha(0.45);
                points.MarkerSize = 7;
            }

            SampleSummary s = SampleSummary.Of(values, result.Scenario.Model.RunMetrics[m].Bounds);
            if (double.IsFinite(s.Mean))
            {
                // The interval is asymmetric near a bound (docs/OUTPUTS.md, "Intervals").
                double up = double.IsFinite(s.CiHigh) ? s.CiHigh - s.Mean : 0;
                double down = double.IsFinite(s.CiLow) ? s.Mean - s.CiLow : 0;
                var bar = plot.Add.ErrorBar(new[] { (double)p }, new[] { s.Mean }, new[] { up });
                bar.YErrorNegative = new[] { down };
                bar.YErrorPositive = new[] { up };
                bar.Color = Colors.Black;
                bar.LineWidth = 3;
                var mean = plot.Add.Markers(new[] { (double)p }, new[] { s.Mean });
                mean.Color = Colors.Black;
                mean.MarkerSize = 14;
                mean.MarkerShape = MarkerShape.FilledDiamond;
            }
        }

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, policies).Select(i => (double)i).ToArray(),
            result.Scenario.Policies.Select(p => p.Name).ToArray());
        plot.Axes.SetLimitsX(-0.6, policies - 0.4);
        string direction = def.LowerIsBetter ? " (lower is better)" : string.Empty;
        FigureStyle.Results.Apply(plot, $"{Label(def.Name)} per replication; diamond = mean, bar = 95% CI", "policy", Label(def.Name) + direction, legend: false);
        FigureAxes.KeepInside(plot, def.Bounds);
        return plot;
    }

    /// <summary>
    /// One glance: for key outcomes, each policy's paired difference from the first policy, in percent
    /// of the first policy's mean, with the 95% CI of the paired difference.
    /// </summary>
    public static Plot Summary(ExperimentResult result)
    {
        ResolvedScenario s = result.Scenario;
        string[] metrics = Pick(SummaryRunMetrics, s.Model.RunMetrics, 8);
        Plot plot = FigureStyle.NewPlot();
        int others = Math.Max(1, s.Policies.Count - 1);
        double width = 0.8 / others;
        var bars = new List<Bar>();
        for (int i = 0; i < metrics.Length; i++)
        {
            int m = result.RunMetricIndex(metrics[i]);
            double[] baseline = result.RunMetric(0, m);
            for (int p = 1; p < s.Policies.Count; p++)
            {
                PairedContrast c = PairedContrast.Of(baseline, result.RunMetric(p, m));
                double scale = Math.Abs(c.MeanA) > 1e-12 ? 100 / Math.Abs(c.MeanA) : double.NaN;
                double value = c.MeanDifference * scale;
                double error = (c.CiHigh - c.MeanDifference) * scale;
                bars.Add(new Bar
                {
                    Position = i - 0.4 + (width * (p - 0.5)),
                    Value = double.IsFinite(value) ? value : 0,
                    Error = double.IsFinite(error) ? error : 0,
                    FillColor = OkabeIto.For(p),
                    Size = width * 0.9,
                });
            }
        }

        plot.Add.Bars(bars);
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 2;
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, metrics.Length).Select(i => (double)i).ToArray(),
            metrics.Select(name => Wrap(Label(name), 14) + (Lower(s, name) ? "\n(lower better)" : "\n(higher better)")).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.SetLimitsX(-0.6, metrics.Length - 0.4);
        if (s.Policies.Count > 1)
        {
            plot.Legend.ManualItems.Clear();
            for (int p = 1; p < s.Policies.Count; p++)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{s.Policies[p].Name} vs {s.Policies[0].Name}", FillColor = OkabeIto.For(p) });
            }
        }

        string title = s.Policies.Count > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Scenario.Name}: paired difference from {s.Policies[0].Name}, % of its mean (95% CI)")
            : $"{s.Scenario.Name}: only one policy, nothing to compare";
        FigureStyle.Results.Apply(plot, title, string.Empty, "% difference", legend: s.Policies.Count > 1);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        return plot;
    }

    private static bool Lower(ResolvedScenario s, string metric) => s.Model.RunMetrics.First(d => d.Name == metric).LowerIsBetter;

    private static double[] Rolling(TickStatistics stats, int policy, int metric, MetricBounds bounds, int window, out double[] xs, out double[] low, out double[] high)
    {
        var x = new List<double>();
        var y = new List<double>();
        var lo = new List<double>();
        var hi = new List<double>();
        double sum = 0, sumLow = 0, sumHigh = 0;
        var queue = new Queue<(double Mean, double Low, double High)>();
        for (int t = 1; t <= stats.Ticks; t++)
        {
            double v = stats.Mean(policy, t, metric);
            if (!double.IsFinite(v))
            {
                continue;
            }

            (double l, double h) = stats.Interval95(policy, t, metric, bounds);
            l = double.IsFinite(l) ? l : v;
            h = double.IsFinite(h) ? h : v;
            queue.Enqueue((v, l, h));
            sum += v;
            sumLow += l;
            sumHigh += h;
            if (queue.Count > window)
            {
                (double oldMean, double oldLow, double oldHigh) = queue.Dequeue();
                sum -= oldMean;
                sumLow -= oldLow;
                sumHigh -= oldHigh;
            }

            x.Add(t);
            y.Add(sum / queue.Count);

            // A running sum can drift past a bound by rounding; the band must not.
            lo.Add(Math.Clamp(sumLow / queue.Count, bounds.Lower, bounds.Upper));
            hi.Add(Math.Clamp(sumHigh / queue.Count, bounds.Lower, bounds.Upper));
        }

        xs = x.ToArray();
        low = lo.ToArray();
        high = hi.ToArray();
        return y.ToArray();
    }

    private static string[] Pick(IReadOnlyList<string> wanted, IReadOnlyList<MetricDefinition> available, int fallbackCount)
    {
        string[] present = wanted.Where(w => available.Any(a => a.Name == w)).ToArray();
        return present.Length > 0 ? present : available.Take(fallbackCount).Select(a => a.Name).ToArray();
    }

    private static string Label(string metric) => metric.Replace('_', ' ');

    /// <summary>Breaks a label into lines of at most <paramref name="width"/> characters at spaces.</summary>
    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }
}
