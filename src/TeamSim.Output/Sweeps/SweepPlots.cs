using System.Globalization;
using MathNet.Numerics.Distributions;
using ScottPlot;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Sweeps;

/// <summary>The figures of a sweep analysis (ScottPlot, PNG): grid responses, Sobol' bars, Morris scatter.</summary>
public static class SweepPlots
{
    /// <summary>Response curves (one varied factor) or heat maps (two varied factors) of a grid sweep.</summary>
    public static IReadOnlyList<string> WriteGridPlots(string outDir, SweepManifest manifest, string[] metrics, SweepPointStatistics stats, IReadOnlyList<Factor> factors)
    {
        int[] varied = Enumerable.Range(0, factors.Count).Where(f => factors[f].Levels > 1).ToArray();
        var files = new List<string>();
        int[][] levels = Levels(factors, manifest.Points);
        for (int m = 0; m < metrics.Length; m++)
        {
            if (varied.Length == 1)
            {
                files.Add(Save(ResponseCurve(manifest, stats, factors[varied[0]], varied[0], levels, m, metrics[m]), outDir, $"response_{metrics[m]}"));
            }
            else if (varied.Length == 2)
            {
                for (int p = 0; p < manifest.Policies.Count; p++)
                {
                    Plot plot = HeatMap(stats, factors[varied[0]], factors[varied[1]], varied, levels, p, m, $"{Label(metrics[m])}, {manifest.Policies[p]}: mean over {manifest.Replications} replications");
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

    private static Plot ResponseCurve(SweepManifest manifest, SweepPointStatistics stats, Factor factor, int column, int[][] levels, int metric, string name)
    {
        Plot plot = FigureStyle.NewPlot();
        for (int p = 0; p < manifest.Policies.Count; p++)
        {
            var xs = new List<double>();
            var mean = new List<double>();
            var low = new List<double>();
            var high = new List<double>();
            for (int point = 0; point < manifest.Points; point++)
            {
                double mu = stats.Mean(p, point, metric);
                if (!double.IsFinite(mu))
                {
                    continue;
                }

                long n = stats.Count(p, point, metric);
                double half = n > 1 ? StudentT.InvCDF(0, 1, n - 1, 0.975) * stats.StandardDeviation(p, point, metric) / Math.Sqrt(n) : 0;
                xs.Add(factor.ValueAt(factor.LevelCoordinate(levels[point][column])));
                mean.Add(mu);
                low.Add(mu - half);
                high.Add(mu + half);
            }

            if (xs.Count == 0)
            {
                continue;
            }

            Color color = OkabeIto.For(p);
            var band = plot.Add.FillY(xs.ToArray(), low.ToArray(), high.ToArray());
            band.FillStyle.Color = color.WithAlpha(0.25);
            band.LineStyle.Width = 0;
            var line = plot.Add.ScatterLine(xs.ToArray(), mean.ToArray());
            line.Color = color;
            line.LineWidth = 3;
            line.MarkerSize = 8;
            line.LegendText = manifest.Policies[p];
        }

        FigureStyle.Sweep.Apply(plot, $"{Label(name)} vs {factor.Name}: mean and 95% CI over {manifest.Replications} replications", factor.Name, Label(name));
        return plot;
    }

    private static Plot HeatMap(SweepPointStatistics stats, Factor fx, Factor fy, int[] varied, int[][] levels, int policy, int metric, string title)
    {
        int nx = fx.Levels, ny = fy.Levels;
        var cells = new double[ny, nx];
        for (int point = 0; point < stats.Points; point++)
        {
            int x = levels[point][varied[0]];
            int y = levels[point][varied[1]];

            // Row 0 of a heat map is drawn at the top, so the highest level of y goes first.
            cells[ny - 1 - y, x] = stats.Mean(policy, point, metric);
        }

        Plot plot = FigureStyle.NewPlot();
        var heat = plot.Add.Heatmap(cells);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        // The extent spans the cell centres, so level i sits at coordinate i under its tick.
        heat.Extent = new CoordinateRect(0, nx - 1, 0, ny - 1);
        plot.Add.ColorBar(heat, Edge.Right);
        double[] finite = cells.Cast<double>().Where(double.IsFinite).ToArray();
        double lowest = finite.Length > 0 ? finite.Min() : 0, highest = finite.Length > 0 ? finite.Max() : 1;
        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                double value = cells[ny - 1 - y, x];
                var label = plot.Add.Text(Short(value), x, y);
                label.LabelFontSize = 14;

                // Viridis is light at the top of its range: dark text there, white below.
                label.LabelFontColor = highest > lowest && (value - lowest) / (highest - lowest) > 0.6 ? Colors.Black : Colors.White;
                label.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, nx).Select(i => (double)i).ToArray(), Enumerable.Range(0, nx).Select(i => Short(fx.ValueAt(fx.LevelCoordinate(i)))).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, ny).Select(i => (double)i).ToArray(), Enumerable.Range(0, ny).Select(i => Short(fy.ValueAt(fy.LevelCoordinate(i)))).ToArray());
        FigureStyle.Sweep.Apply(plot, title, fx.Name, fy.Name, legend: false);
        return plot;
    }

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

    private static string Short(double v) => double.IsFinite(v) ? v.ToString("G3", CultureInfo.InvariantCulture) : "n/a";

    private static string Label(string metric) => metric.Replace('_', ' ');



    private static string Save(Plot plot, string outDir, string stem)
    {
        string relative = Path.Combine("plots", stem + ".png");
        plot.SavePng(Path.Combine(outDir, relative), FigureStyle.Width, FigureStyle.Height);
        return relative;
    }
}
