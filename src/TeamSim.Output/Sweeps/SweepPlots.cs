using System.Globalization;
using ScottPlot;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Sweeps;

/// <summary>The figures of a sweep analysis (ScottPlot, PNG): grid responses, Sobol' bars, Morris scatter.</summary>
public static class SweepPlots
{
    /// <summary>Share of |mean| above which a heat-map cell's 95% CI half-width counts as wide and the cell is marked.</summary>
    public const double WideHalfWidth = 0.25;

    /// <summary>Response curves (one varied factor) or heat maps (two varied factors) of a grid sweep.</summary>
    /// <param name="outDir">The analysis folder; figures go to its <c>plots/</c> folder.</param>
    /// <param name="manifest">The sweep's manifest.</param>
    /// <param name="metrics">The metrics drawn, in the order of <paramref name="stats"/>.</param>
    /// <param name="stats">Per policy, point and metric: count, mean and sd over replications.</param>
    /// <param name="factors">The sweep's factors, in design column order.</param>
    /// <param name="bounds">Each metric's range (same order as <paramref name="metrics"/>): intervals and axes stay inside it.</param>
    public static IReadOnlyList<string> WriteGridPlots(string outDir, SweepManifest manifest, string[] metrics, SweepPointStatistics stats, IReadOnlyList<Factor> factors, IReadOnlyList<MetricBounds> bounds)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(bounds);
        int[] varied = Enumerable.Range(0, factors.Count).Where(f => factors[f].Levels > 1).ToArray();
        var files = new List<string>();
        int[][] levels = Levels(factors, manifest.Points);
        for (int m = 0; m < metrics.Length; m++)
        {
            if (varied.Length == 1)
            {
                files.Add(Save(ResponseCurve(manifest, stats, factors[varied[0]], varied[0], levels, m, metrics[m], bounds[m]), outDir, $"response_{metrics[m]}"));
            }
            else if (varied.Length == 2)
            {
                for (int p = 0; p < manifest.Policies.Count; p++)
                {
                    Plot plot = HeatMap(stats, factors[varied[0]], factors[varied[1]], varied, levels, p, m, metrics[m], bounds[m], manifest.Policies[p], manifest.Replications);
                    files.Add(Save(plot, outDir, $"heatmap_{metrics[m]}_{manifest.Policies[p]}"));
                }
            }
        }

        return files;
    }

    /// <summary>First-order and total Sobol' indices per factor with their bootstrap CIs.</summary>
    public static IReadOnlyList<string> SobolBars(string outDir, string metric, string policy, SobolResult result, int baseSamples)
    {
        Plot plot = FigureStyle.NewPlot();
        var bars = new List<Bar>();
        for (int f = 0; f < result.Factors.Count; f++)
        {
            SobolFactorIndices s = result.Factors[f];
            bars.Add(Bar(f - 0.2, s.First, OkabeIto.Colors[1]));
            bars.Add(Bar(f + 0.2, s.Total, OkabeIto.Colors[0]));
        }

        plot.Add.Bars(bars);

        // Bars carry symmetric errors only; bootstrap intervals are not symmetric.
        var xs = new List<double>();
        var ys = new List<double>();
        var up = new List<double>();
        var down = new List<double>();
        for (int f = 0; f < result.Factors.Count; f++)
        {
            SobolFactorIndices s = result.Factors[f];
            foreach ((double x, double v, double lo, double hi) in new[] { (f - 0.2, s.First, s.FirstLow, s.FirstHigh), (f + 0.2, s.Total, s.TotalLow, s.TotalHigh) })
            {
                if (double.IsFinite(v) && double.IsFinite(lo) && double.IsFinite(hi))
                {
                    xs.Add(x);
                    ys.Add(v);
                    up.Add(Math.Max(0, hi - v));
                    down.Add(Math.Max(0, v - lo));
                }
            }
        }

        var zeros = new double[xs.Count];
        plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, zeros, zeros, up, down) { Color = Colors.Black, LineWidth = 2 });
        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, result.Factors.Count).Select(i => (double)i).ToArray(),
            result.Factors.Select(f => f.Factor.Replace(".", ".\n", StringComparison.Ordinal)).ToArray());
        plot.Axes.SetLimitsX(-0.6, result.Factors.Count - 0.4);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "first order S1", FillColor = OkabeIto.Colors[1] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total ST", FillColor = OkabeIto.Colors[0] });
        FigureStyle.Sweep.Apply(plot, string.Create(CultureInfo.InvariantCulture, $"Sobol' indices of {Label(metric)}, {policy} (N = {baseSamples}, 95% bootstrap CI)"), string.Empty, "share of variance");
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        return [Save(plot, outDir, $"sobol_{metric}_{policy}")];
    }

    /// <summary>Morris mu* (importance) against sigma (non-linearity or interaction), one labelled point per factor.</summary>
    public static IReadOnlyList<string> MorrisScatter(string outDir, string metric, string policy, IReadOnlyList<MorrisFactorEffects> effects)
    {
        Plot plot = FigureStyle.NewPlot();
        for (int f = 0; f < effects.Count; f++)
        {
            MorrisFactorEffects e = effects[f];
            if (!double.IsFinite(e.MuStar) || !double.IsFinite(e.Sigma))
            {
                continue;
            }

            plot.Add.Markers(new[] { e.MuStar }, new[] { e.Sigma }, MarkerShape.FilledCircle, 12, OkabeIto.Colors[1]);
            if (double.IsFinite(e.MuStarLow))
            {
                var bar = new ScottPlot.Plottables.ErrorBar([e.MuStar], [e.Sigma], [e.MuStarHigh - e.MuStar], [e.MuStar - e.MuStarLow], [0.0], [0.0])
                {
                    Color = OkabeIto.Colors[1].WithAlpha(0.5),
                };
                plot.Add.Plottable(bar);
            }

            // Name only the most important factors; the rest crowd near the origin.
            if (Rank(effects, f) < 8)
            {
                var text = plot.Add.Text(e.Factor, e.MuStar, e.Sigma);
                text.LabelFontSize = 14;
                text.OffsetX = 8;
            }
        }

        FigureStyle.Sweep.Apply(plot, $"Morris screening of {Label(metric)}, {policy}: mu* (95% CI) vs sigma", "mu* (mean |elementary effect| per factor range)", "sigma (spread of effects)", legend: false);
        return [Save(plot, outDir, $"morris_{metric}_{policy}")];
    }

    private static int Rank(IReadOnlyList<MorrisFactorEffects> effects, int f) =>
        effects.Count(e => e.MuStar > effects[f].MuStar || (e.MuStar == effects[f].MuStar && string.CompareOrdinal(e.Factor, effects[f].Factor) < 0));

    private static Plot ResponseCurve(SweepManifest manifest, SweepPointStatistics stats, Factor factor, int column, int[][] levels, int metric, string name, MetricBounds bounds)
    {
        Plot plot = FigureStyle.NewPlot();
        for (int p = 0; p < manifest.Policies.Count; p++)
        {
            var curve = new MeanBand();
            for (int point = 0; point < manifest.Points; point++)
            {
                double mu = stats.Mean(p, point, metric);
                if (!double.IsFinite(mu))
                {
                    continue;
                }

                (double lo, double hi) = BoundedInterval.Mean95(mu, stats.StandardDeviation(p, point, metric), stats.Count(p, point, metric), bounds);
                curve.Add(factor.ValueAt(factor.LevelCoordinate(levels[point][column])), mu, lo, hi);
            }

            curve.Draw(plot, p, manifest.Policies[p], markerSize: 8);
        }

        FigureStyle.Sweep.Apply(plot, $"{Label(name)} vs {factor.Name}: mean and 95% CI over {manifest.Replications} replications", factor.Name, Label(name));
        FigureAxes.KeepInside(plot, bounds);
        return plot;
    }

    /// <summary>
    /// A heat map of one metric's point means for one policy: cell labels and colour-bar ticks in one
    /// <see cref="FigureNumbers"/> format, a colour bar labelled with what the colour means, and an open
    /// circle on cells whose 95% CI is wide (<see cref="IsWide"/>).
    /// </summary>
    internal static Plot HeatMap(SweepPointStatistics stats, Factor fx, Factor fy, int[] varied, int[][] levels, int policy, int metric, string name, MetricBounds bounds, string policyName, int replications)
    {
        int nx = fx.Levels, ny = fy.Levels;
        var cells = new double[ny, nx];
        var wide = new bool[nx, ny];
        for (int point = 0; point < stats.Points; point++)
        {
            int x = levels[point][varied[0]];
            int y = levels[point][varied[1]];
            double mean = stats.Mean(policy, point, metric);

            // Row 0 of a heat map is drawn at the top, so the highest level of y goes first.
            cells[ny - 1 - y, x] = mean;
            (double low, double high) = BoundedInterval.Mean95(mean, stats.StandardDeviation(policy, point, metric), stats.Count(policy, point, metric), bounds);
            wide[x, y] = double.IsFinite(mean) && IsWide(mean, low, high);
        }

        double[] finite = cells.Cast<double>().Where(double.IsFinite).ToArray();
        double lowest = finite.Length > 0 ? finite.Min() : 0, highest = finite.Length > 0 ? finite.Max() : 1;
        FigureNumbers numbers = FigureNumbers.For(lowest, highest);

        Plot plot = FigureStyle.NewPlot();
        var heat = plot.Add.Heatmap(cells);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        heat.ManualRange = new ScottPlot.Range(lowest, highest);
        heat.NaNCellColor = Colors.LightGray;

        // The extent spans the cell centres, so level i sits at coordinate i under its tick.
        heat.Extent = new CoordinateRect(0, nx - 1, 0, ny - 1);
        var bar = plot.Add.ColorBar(heat, Edge.Right);
        bar.Label = $"{Label(name)}: mean over {replications.ToString(CultureInfo.InvariantCulture)} replications";
        bar.LabelStyle.FontSize = FigureStyle.Sweep.Legend;
        (double[] positions, string[] tickLabels) = numbers.Ticks(lowest, highest);
        bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, tickLabels);
        bar.Axis.TickLabelStyle.FontSize = FigureStyle.Sweep.TickLabel;

        bool labelled = nx * ny <= 100;
        var markX = new List<double>();
        var markY = new List<double>();
        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                double value = cells[ny - 1 - y, x];
                bool light = highest > lowest && (value - lowest) / (highest - lowest) > 0.6;
                if (labelled)
                {
                    var label = plot.Add.Text(numbers.Format(value), x, y + 0.12);
                    label.LabelFontSize = 14;

                    // Viridis is light at the top of its range: dark text there, white below.
                    label.LabelFontColor = light ? Colors.Black : Colors.White;
                    label.LabelAlignment = Alignment.MiddleCenter;
                }

                if (wide[x, y])
                {
                    markX.Add(x);
                    markY.Add(labelled ? y - 0.22 : y);
                }
            }
        }

        if (markX.Count > 0)
        {
            var marks = plot.Add.Markers(markX.ToArray(), markY.ToArray(), MarkerShape.OpenCircle, 11, Colors.Magenta);
            marks.MarkerLineWidth = 2.5f;
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, nx).Select(i => (double)i).ToArray(), Enumerable.Range(0, nx).Select(i => Short(fx.ValueAt(fx.LevelCoordinate(i)))).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, ny).Select(i => (double)i).ToArray(), Enumerable.Range(0, ny).Select(i => Short(fy.ValueAt(fy.LevelCoordinate(i)))).ToArray());
        FigureStyle.Sweep.Apply(plot, $"{Label(name)}, {policyName}: mean over {replications.ToString(CultureInfo.InvariantCulture)} replications", fx.Name, fy.Name, legend: false);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = WideLegend, MarkerShape = MarkerShape.OpenCircle, MarkerSize = 11, MarkerLineColor = Colors.Magenta, MarkerLineWidth = 2.5f, MarkerFillColor = Colors.Transparent });
        plot.Legend.FontSize = FigureStyle.Sweep.Legend;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>The legend line of the wide-CI mark.</summary>
    internal static string WideLegend { get; } = string.Create(CultureInfo.InvariantCulture, $"wide 95% CI: half-width over {WideHalfWidth:0%} of |mean|, or no CI (fewer than 2 runs)");

    /// <summary>
    /// True when a cell's 95% CI is wide: its half-width, (high - low) / 2, exceeds <see cref="WideHalfWidth"/>
    /// of |mean|, or there is no interval (fewer than two runs). docs/OUTPUTS.md, "Heat maps".
    /// </summary>
    internal static bool IsWide(double mean, double low, double high) =>
        !double.IsFinite(low) || !double.IsFinite(high) || (high - low) / 2 > WideHalfWidth * Math.Abs(mean);

    /// <summary>The level index of every factor at every grid point (last factor fastest).</summary>
    internal static int[][] Levels(IReadOnlyList<Factor> factors, int points)
    {
        var result = new int[points][];
        for (int p = 0; p < points; p++)
        {
            result[p] = new int[factors.Count];
            int rest = p;
            for (int f = factors.Count - 1; f >= 0; f--)
            {
                result[p][f] = rest % factors[f].Levels;
                rest /= factors[f].Levels;
            }
        }

        return result;
    }

    private static Bar Bar(double position, double value, Color color) => new()
    {
        Position = position,
        Value = double.IsFinite(value) ? value : 0,
        FillColor = color,
        Size = 0.38,
    };

    private static string Short(double v) => FigureNumbers.Compact(v);

    private static string Label(string metric) => metric.Replace('_', ' ');



    private static string Save(Plot plot, string outDir, string stem)
    {
        string relative = Path.Combine("plots", stem + ".png");
        plot.SavePng(Path.Combine(outDir, relative), FigureStyle.Width, FigureStyle.Height);
        return relative;
    }
}
