using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Designs;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Calibration;

/// <summary>
/// Figures of a calibration's posterior (ScottPlot, PNG and SVG): per factor a weighted histogram
/// over the prior range with the 5/50/95% quantiles and the flat prior for comparison; per pair
/// of factors a scatter of the particles, darker where the weight is larger.
/// </summary>
public static partial class CalibrationPlots
{
    /// <summary>Histogram bins over the prior range.</summary>
    public const int Bins = 20;

    /// <summary>Writes plots/marginal_FACTOR and plots/pair_A__B (.png and .svg); returns the files, relative to the results folder.</summary>
    public static IReadOnlyList<string> WriteAll(CalibrationDefinition definition, IReadOnlyList<CalibrationParticle> posterior, CalibrationSummary summary, Func<string, string> pathFor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(summary);
        var figures = new List<(string Stem, Func<Plot> Draw)>();
        for (int f = 0; f < definition.Factors.Count; f++)
        {
            int factor = f;
            figures.Add(("plots/marginal_" + definition.Factors[f].Name, () => Marginal(definition, posterior, summary, factor)));
        }

        for (int a = 0; a < definition.Factors.Count; a++)
        {
            for (int b = a + 1; b < definition.Factors.Count; b++)
            {
                (int x, int y) = (a, b);
                figures.Add(($"plots/pair_{definition.Factors[a].Name}__{definition.Factors[b].Name}", () => Pair(definition, posterior, summary, x, y)));
            }
        }

        // Figures are independent, so they render in parallel; the file list keeps the fixed order.
        Parallel.ForEach(figures, figure =>
        {
            FigureStyle.SavePngAndSvg(figure.Draw(), figure.Stem, pathFor);
            NumberClipPaths(pathFor(figure.Stem + ".svg"));
        });
        return figures.SelectMany(f => new[] { f.Stem + ".png", f.Stem + ".svg" }).ToArray();
    }

    /// <summary>
    /// Renames the SVG's clip paths cl_1, cl_2 ... in order of appearance: the renderer numbers them
    /// from a process-wide counter, which would make the file depend on what was drawn before.
    /// </summary>
    private static void NumberClipPaths(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string text = ClipPathId().Replace(File.ReadAllText(svg), match =>
        {
            if (!names.TryGetValue(match.Value, out string? name))
            {
                name = "cl_" + (names.Count + 1).ToString(CultureInfo.InvariantCulture);
                names[match.Value] = name;
            }

            return name;
        });
        File.WriteAllText(svg, text);
    }

    [GeneratedRegex("cl_[0-9a-z]+")]
    private static partial Regex ClipPathId();

    /// <summary>The weighted histogram of one factor (share of posterior weight per bin), with the prior's share per bin as a dashed line.</summary>
    public static Plot Marginal(CalibrationDefinition definition, IReadOnlyList<CalibrationParticle> posterior, CalibrationSummary summary, int factor)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(posterior);
        ArgumentNullException.ThrowIfNull(summary);
        Factor f = definition.Factors[factor];
        var share = new double[Bins];
        double total = posterior.Sum(p => p.Weight);
        foreach (CalibrationParticle p in posterior)
        {
            int bin = Math.Min((int)(p.Unit[factor] * Bins), Bins - 1);
            share[bin] += p.Weight / total;
        }

        Plot plot = FigureStyle.NewPlot();
        double width = 1.0 / Bins;
        var bars = new List<Bar>();
        for (int i = 0; i < Bins; i++)
        {
            bars.Add(new Bar { Position = X(f, (i + 0.5) * width), Value = share[i], Size = X(f, (i + 1) * width) - X(f, i * width), FillColor = OkabeIto.For(1).WithAlpha(0.8), LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        var prior = plot.Add.HorizontalLine(1.0 / Bins);
        prior.Color = Colors.Gray;
        prior.LinePattern = LinePattern.Dashed;
        prior.LineWidth = 2;
        prior.LegendText = "prior (uniform" + (f.Scale == FactorScale.Log ? " in log" : string.Empty) + ")";
        CalibrationFactorSummary s = summary.Factors[factor];
        var median = plot.Add.VerticalLine(Axis(f, s.Q50));
        median.Color = Colors.Black;
        median.LineWidth = 3;
        median.LegendText = "median " + Number(s.Q50);
        foreach (double q in new[] { s.Q05, s.Q95 })
        {
            var line = plot.Add.VerticalLine(Axis(f, q));
            line.Color = Colors.Black;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.LegendText = q == s.Q05 ? $"90% interval [{Number(s.Q05)}, {Number(s.Q95)}]" : string.Empty;
        }

        plot.Axes.SetLimitsX(X(f, 0), X(f, 1));
        plot.Axes.SetLimitsY(0, Math.Max(share.Max(), 1.0 / Bins) * 1.15);
        FigureStyle.Sweep.Apply(
            plot,
            $"{definition.Name}: posterior of {f.Name} ({posterior.Count} particles)",
            AxisLabel(f),
            "share of posterior weight per bin",
            legend: true,
            legendAt: Alignment.UpperRight);
        return plot;
    }

    /// <summary>The particles over two factors (prior ranges as axes), opacity by weight, the posterior median as a cross.</summary>
    public static Plot Pair(CalibrationDefinition definition, IReadOnlyList<CalibrationParticle> posterior, CalibrationSummary summary, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(posterior);
        ArgumentNullException.ThrowIfNull(summary);
        Factor fa = definition.Factors[a], fb = definition.Factors[b];
        double largest = posterior.Max(p => p.Weight);
        Plot plot = FigureStyle.NewPlot();

        // Five opacity classes keep the SVG small and the drawing order fixed.
        for (int level = 1; level <= 5; level++)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            foreach (CalibrationParticle p in posterior)
            {
                int weightLevel = Math.Clamp((int)Math.Ceiling(p.Weight / largest * 5), 1, 5);
                if (weightLevel == level)
                {
                    xs.Add(X(fa, p.Unit[a]));
                    ys.Add(X(fb, p.Unit[b]));
                }
            }

            if (xs.Count > 0)
            {
                var points = plot.Add.Markers(xs.ToArray(), ys.ToArray());
                points.Color = OkabeIto.For(1).WithAlpha(0.15 + (0.17 * level));
                points.MarkerSize = 9;
            }
        }

        var median = plot.Add.Markers(new[] { Axis(fa, summary.Factors[a].Q50) }, new[] { Axis(fb, summary.Factors[b].Q50) });
        median.Color = Colors.Black;
        median.MarkerShape = MarkerShape.Cross;
        median.MarkerSize = 22;
        median.MarkerLineWidth = 4;
        median.LegendText = "posterior median";
        plot.Axes.SetLimitsX(X(fa, 0), X(fa, 1));
        plot.Axes.SetLimitsY(X(fb, 0), X(fb, 1));
        FigureStyle.Sweep.Apply(plot, $"{definition.Name}: posterior particles (darker = more weight)", AxisLabel(fa), AxisLabel(fb), legend: true, legendAt: Alignment.UpperRight);
        return plot;
    }

    /// <summary>The plotting coordinate of unit coordinate u: the value, or its log10 on a log scale.</summary>
    private static double X(Factor f, double u) => Axis(f, f.ValueAt(u));

    private static double Axis(Factor f, double value) => f.Scale == FactorScale.Log ? Math.Log10(value) : value;

    private static string AxisLabel(Factor f) => f.Scale == FactorScale.Log ? $"log10({f.Name})" : f.Name;

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
