using System.Globalization;
using ScottPlot;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Designs;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Figures of a sweep's paired contrasts (PNG and SVG in <c>plots/</c>): a regime map per metric and
/// policy pair when the design is a grid over two varied factors, otherwise a partial-dependence
/// figure (mean relative difference against each factor, binned) that shows which factors decide the sign.
/// </summary>
public static class SweepRegimePlots
{
    /// <summary>Largest number of distinct factor positions that partial dependence shows one by one; more are put in <see cref="Bins"/> bins.</summary>
    public const int MaxDistinctPositions = 8;

    /// <summary>Relative difference in percent at which a regime map's colours saturate.</summary>
    public const double MaxColourPercent = 100;

    /// <summary>Equal-width bins over a factor's range when it takes more than <see cref="MaxDistinctPositions"/> positions.</summary>
    public const int Bins = 5;

    /// <summary>Most cells a side of a boundary design's regime map (its finest lattice, when smaller).</summary>
    public const int MaxBoundaryCells = 129;

    // Okabe-Ito blue and vermillion at the ends, white exactly at 0 (the middle of a symmetric range).
    private static readonly Color Below = Color.FromHex("#0072B2");
    private static readonly Color Above = Color.FromHex("#D55E00");

    /// <summary>Writes the figures for every pair and metric of <paramref name="table"/>; returns the files, relative to <paramref name="outDir"/>.</summary>
    /// <param name="outDir">The analysis folder; figures go to its <c>plots/</c> folder.</param>
    /// <param name="manifest">The sweep's manifest.</param>
    /// <param name="table">The paired contrasts per point.</param>
    /// <param name="factors">The sweep's factors, in design column order.</param>
    /// <param name="matrix">The design points (unit coordinates).</param>
    /// <param name="model">The sweep's model: metric directions and parameter units.</param>
    public static IReadOnlyList<string> Write(string outDir, SweepManifest manifest, SweepContrastTable table, IReadOnlyList<Factor> factors, DesignMatrix matrix, IModelFactory model)
    {
        int[] varied = Enumerable.Range(0, factors.Count).Where(f => factors[f].Levels > 1).ToArray();
        bool regime = manifest.Design.Kind == "grid" && varied.Length == 2;
        bool boundary = manifest.Design.Create() is BoundaryDesign && varied.Length == 2;
        int[][]? levels = regime ? SweepPlots.Levels(factors, manifest.Points) : null;
        var files = new List<string>();
        for (int pair = 0; pair < table.Pairs; pair++)
        {
            string a = table.Policies[0], b = table.Policies[pair + 1];
            for (int m = 0; m < table.Metrics.Count; m++)
            {
                string metric = table.Metrics[m];
                int definition = model.RunMetrics.IndexOfName(metric);
                bool lowerIsBetter = definition >= 0 && model.RunMetrics[definition].LowerIsBetter;
                Plot plot = regime
                    ? RegimeMap(table, pair, m, factors[varied[0]], factors[varied[1]], varied, levels!, model.Parameters, lowerIsBetter, manifest.Replications)
                    : boundary
                        ? BoundaryMap(table, pair, m, factors, varied, matrix, (BoundaryDesign)manifest.Design.Create(), model.Parameters, lowerIsBetter, manifest.Runs)
                        : PartialDependence(table, pair, m, factors, matrix, lowerIsBetter);
                string stem = $"{(regime || boundary ? "regime" : "partial_dependence")}_{metric}_{b}_vs_{a}";
                FigureStyle.SavePngAndSvg(plot, stem, file => Path.Combine(outDir, "plots", file));
                files.Add(Path.Combine("plots", stem + ".png"));
                files.Add(Path.Combine("plots", stem + ".svg"));
            }
        }

        return files;
    }

    internal static Plot RegimeMap(SweepContrastTable table, int pair, int metric, Factor fx, Factor fy, int[] varied, int[][] levels, ParameterRegistry registry, bool lowerIsBetter, int replications)
    {
        string a = table.Policies[0], b = table.Policies[pair + 1];
        int nx = fx.Levels, ny = fy.Levels;
        var cells = new double[ny, nx];
        var contrasts = new PointContrast[nx, ny];
        var defined = new bool[nx, ny];
        for (int point = 0; point < table.Points; point++)
        {
            int x = levels[point][varied[0]], y = levels[point][varied[1]];
            PointContrast c = table[pair, metric, point];
            contrasts[x, y] = c;
            defined[x, y] = true;

            // Row 0 of a heat map is drawn at the top, so the highest level of y goes first.
            cells[ny - 1 - y, x] = double.IsFinite(c.RelativeDifference) ? 100 * c.RelativeDifference : double.NaN;
        }

        (Plot plot, double span, ScottPlot.Panels.ColorBar bar) = DivergingMap(cells, nx, ny, capped => $"({b} - {a}) / {a}, %" + (capped ? ", colours capped at ±100" : string.Empty));

        // One format for the cell labels and the colour-bar ticks.
        FigureNumbers numbers = FigureNumbers.For(-span, span, signed: true, suffix: "%");
        (double[] positions, string[] tickLabels) = numbers.Ticks(-span, span);
        bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, tickLabels);
        bar.Axis.TickLabelStyle.FontSize = FigureStyle.Sweep.TickLabel;

        bool labelled = nx * ny <= 100;
        var openX = new List<double>();
        var openY = new List<double>();
        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                if (!defined[x, y])
                {
                    continue;
                }

                double value = cells[ny - 1 - y, x];
                if (labelled)
                {
                    var label = plot.Add.Text(numbers.Format(value), x, y + 0.12);
                    label.LabelFontSize = 14;
                    label.LabelAlignment = Alignment.MiddleCenter;
                    label.LabelFontColor = double.IsFinite(value) && Math.Abs(value) / span > 0.7 ? Colors.White : Colors.Black;
                }

                if (contrasts[x, y].CiIncludesZero)
                {
                    openX.Add(x);
                    openY.Add(labelled ? y - 0.22 : y);
                }
            }
        }

        if (openX.Count > 0)
        {
            var marks = plot.Add.Markers(openX.ToArray(), openY.ToArray(), MarkerShape.OpenCircle, 11, Colors.Black);
            marks.MarkerLineWidth = 2;
        }

        // The zero contour: cell edges between neighbours whose mean differences have opposite signs.
        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                if (x + 1 < nx && SignChanges(contrasts, defined, x, y, x + 1, y))
                {
                    Boundary(plot, x + 0.5, y - 0.5, x + 0.5, y + 0.5);
                }

                if (y + 1 < ny && SignChanges(contrasts, defined, x, y, x, y + 1))
                {
                    Boundary(plot, x - 0.5, y + 0.5, x + 0.5, y + 0.5);
                }
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, nx).Select(i => (double)i).ToArray(), Enumerable.Range(0, nx).Select(i => Short(fx.ValueAt(fx.LevelCoordinate(i)))).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, ny).Select(i => (double)i).ToArray(), Enumerable.Range(0, ny).Select(i => Short(fy.ValueAt(fy.LevelCoordinate(i)))).ToArray());
        string metricName = table.Metrics[metric];
        string direction = lowerIsBetter ? "lower is better" : "higher is better";
        FigureStyle.Sweep.Apply(plot, $"{Label(metricName)}: {b} vs {a} ({direction}), {replications} paired replications", AxisLabel(fx, registry), AxisLabel(fy, registry), legend: false);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "zero contour (the sign of the mean difference changes)", LineColor = Colors.Black, LineWidth = 4 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "95% CI of the difference includes 0", MarkerShape = MarkerShape.OpenCircle, MarkerSize = 11, MarkerLineColor = Colors.Black, MarkerLineWidth = 2, MarkerFillColor = Colors.Transparent });
        plot.Legend.FontSize = FigureStyle.Sweep.Legend;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>
    /// The regime map of an adaptive boundary design, whose points are irregular: drawn on the design's
    /// finest lattice (at most <see cref="MaxBoundaryCells"/> cells a side), each cell coloured by the
    /// relative difference at the nearest design point (the lowest-numbered point on a tie), with every
    /// design point marked, an open circle where its CI includes 0, and the zero contour between cells
    /// whose nearest points differ in sign. Dense dots show where the design spent its runs.
    /// </summary>
    private static Plot BoundaryMap(SweepContrastTable table, int pair, int metric, IReadOnlyList<Factor> factors, int[] varied, DesignMatrix matrix, BoundaryDesign design, ParameterRegistry registry, bool lowerIsBetter, long runs)
    {
        string a = table.Policies[0], b = table.Policies[pair + 1];
        Factor fx = factors[varied[0]], fy = factors[varied[1]];
        int nx = Math.Min(design.LatticeSize(fx), MaxBoundaryCells), ny = Math.Min(design.LatticeSize(fy), MaxBoundaryCells);
        var nearest = new int[nx, ny];
        var cells = new double[ny, nx];
        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                double best = double.PositiveInfinity;
                for (int p = 0; p < table.Points; p++)
                {
                    double dx = (matrix[p, varied[0]] * (nx - 1)) - x, dy = (matrix[p, varied[1]] * (ny - 1)) - y;
                    double distance = (dx * dx) + (dy * dy);
                    if (distance < best)
                    {
                        best = distance;
                        nearest[x, y] = p;
                    }
                }

                double relative = table[pair, metric, nearest[x, y]].RelativeDifference;
                cells[ny - 1 - y, x] = double.IsFinite(relative) ? 100 * relative : double.NaN;
            }
        }

        (Plot plot, double span, _) = DivergingMap(cells, nx, ny, capped => $"({b} - {a}) / {a}, % (nearest point)" + (capped ? ", capped at ±100" : string.Empty));

        for (int x = 0; x < nx; x++)
        {
            for (int y = 0; y < ny; y++)
            {
                if (x + 1 < nx && OppositeSigns(table[pair, metric, nearest[x, y]], table[pair, metric, nearest[x + 1, y]]))
                {
                    Boundary(plot, x + 0.5, y - 0.5, x + 0.5, y + 0.5);
                }

                if (y + 1 < ny && OppositeSigns(table[pair, metric, nearest[x, y]], table[pair, metric, nearest[x, y + 1]]))
                {
                    Boundary(plot, x - 0.5, y + 0.5, x + 0.5, y + 0.5);
                }
            }
        }

        var dotX = new List<double>();
        var dotY = new List<double>();
        var openX = new List<double>();
        var openY = new List<double>();
        for (int p = 0; p < table.Points; p++)
        {
            double px = matrix[p, varied[0]] * (nx - 1), py = matrix[p, varied[1]] * (ny - 1);
            dotX.Add(px);
            dotY.Add(py);
            if (table[pair, metric, p].CiIncludesZero)
            {
                openX.Add(px);
                openY.Add(py);
            }
        }

        plot.Add.Markers(dotX.ToArray(), dotY.ToArray(), MarkerShape.FilledCircle, 4, Colors.Black);
        if (openX.Count > 0)
        {
            var marks = plot.Add.Markers(openX.ToArray(), openY.ToArray(), MarkerShape.OpenCircle, 11, Colors.Black);
            marks.MarkerLineWidth = 2;
        }

        plot.Axes.Bottom.SetTicks(LevelTicks(fx, nx), Enumerable.Range(0, fx.Levels).Select(i => Short(fx.ValueAt(fx.LevelCoordinate(i)))).ToArray());
        plot.Axes.Left.SetTicks(LevelTicks(fy, ny), Enumerable.Range(0, fy.Levels).Select(i => Short(fy.ValueAt(fy.LevelCoordinate(i)))).ToArray());
        string direction = lowerIsBetter ? "lower is better" : "higher is better";
        FigureStyle.Sweep.Apply(
            plot,
            string.Create(CultureInfo.InvariantCulture, $"{Label(table.Metrics[metric])}: {b} vs {a} ({direction}), boundary design: {table.Points} points, {runs:N0} runs"),
            AxisLabel(fx, registry),
            AxisLabel(fy, registry),
            legend: false);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "zero contour", LineColor = Colors.Black, LineWidth = 4 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "design point", MarkerShape = MarkerShape.FilledCircle, MarkerSize = 6, MarkerFillColor = Colors.Black, MarkerLineColor = Colors.Black });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "95% CI of the difference includes 0", MarkerShape = MarkerShape.OpenCircle, MarkerSize = 11, MarkerLineColor = Colors.Black, MarkerLineWidth = 2, MarkerFillColor = Colors.Transparent });
        plot.Legend.FontSize = FigureStyle.Sweep.Legend;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static double[] LevelTicks(Factor factor, int cells) =>
        Enumerable.Range(0, factor.Levels).Select(i => factor.LevelCoordinate(i) * (cells - 1)).ToArray();

    private static bool OppositeSigns(PointContrast first, PointContrast second) =>
        double.IsFinite(first.MeanDifference) && double.IsFinite(second.MeanDifference) && Math.Sign(first.MeanDifference) * Math.Sign(second.MeanDifference) < 0;

    private static Plot PartialDependence(SweepContrastTable table, int pair, int metric, IReadOnlyList<Factor> factors, DesignMatrix matrix, bool lowerIsBetter)
    {
        string a = table.Policies[0], b = table.Policies[pair + 1];
        var curves = new List<(string Name, double[] X, double[] Y, double Spread)>();
        for (int f = 0; f < factors.Count; f++)
        {
            double[] positions = Enumerable.Range(0, table.Points).Select(p => matrix[p, f]).Distinct().Order().ToArray();
            if (positions.Length < 2)
            {
                continue;
            }

            bool distinct = positions.Length <= MaxDistinctPositions;
            int bins = distinct ? positions.Length : Bins;
            var sumX = new double[bins];
            var sumY = new double[bins];
            var count = new int[bins];
            for (int p = 0; p < table.Points; p++)
            {
                double relative = table[pair, metric, p].RelativeDifference;
                if (!double.IsFinite(relative))
                {
                    continue;
                }

                double u = matrix[p, f];
                int bin = distinct ? Array.BinarySearch(positions, u) : Math.Min(Bins - 1, (int)(u * Bins));
                sumX[bin] += u;
                sumY[bin] += 100 * relative;
                count[bin]++;
            }

            int[] used = Enumerable.Range(0, bins).Where(i => count[i] > 0).ToArray();
            if (used.Length == 0)
            {
                continue;
            }

            double[] xs = used.Select(i => sumX[i] / count[i]).ToArray();
            double[] ys = used.Select(i => sumY[i] / count[i]).ToArray();
            curves.Add((factors[f].Name, xs, ys, ys.Max() - ys.Min()));
        }

        Plot plot = FigureStyle.NewPlot();
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1.5f;
        int colour = 0;

        // Largest spread first: the factors that move the difference most, and so may flip its sign.
        foreach (var curve in curves.OrderByDescending(c => c.Spread).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            var line = plot.Add.ScatterLine(curve.X, curve.Y);
            line.Color = OkabeIto.For(colour++);
            line.LineWidth = 3;
            line.MarkerSize = 9;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{curve.Name} (spread {curve.Spread:0.#} points)");
        }

        string direction = lowerIsBetter ? "lower is better" : "higher is better";
        FigureStyle.Sweep.Apply(
            plot,
            $"{Label(table.Metrics[metric])}: {b} vs {a} ({direction}), mean over design points by factor",
            "position of the factor in its range (0 = min, 1 = max; bin means)",
            $"({b} - {a}) / {a}, %",
            legend: false);

        // Below the axes: inside, it would hide the ends of the curves.
        plot.Legend.FontSize = FigureStyle.Sweep.Legend;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static bool SignChanges(PointContrast[,] contrasts, bool[,] defined, int x1, int y1, int x2, int y2) =>
        defined[x1, y1] && defined[x2, y2] && double.IsFinite(contrasts[x1, y1].MeanDifference) && double.IsFinite(contrasts[x2, y2].MeanDifference)
        && Math.Sign(contrasts[x1, y1].MeanDifference) * Math.Sign(contrasts[x2, y2].MeanDifference) < 0;

    private static void Boundary(Plot plot, double x1, double y1, double x2, double y2)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = Colors.Black;
        line.LineWidth = 4;
    }

    private static string AxisLabel(Factor factor, ParameterRegistry registry) =>
        registry.TryGet(factor.Name, out ParameterSpec spec) && spec.Unit.Length > 0 ? $"{factor.Name} ({spec.Unit})" : factor.Name;

    private static string Short(double v) => FigureNumbers.Compact(v);

    private static string Label(string metric) => metric.Replace('_', ' ');

    /// <summary>
    /// A heat map of relative differences in % on the diverging scale (white at 0), the colours capped
    /// at +/-<see cref="MaxColourPercent"/>, with a labelled colour bar; the plot, the colour span and the bar.
    /// </summary>
    private static (Plot Plot, double Span, ScottPlot.Panels.ColorBar Bar) DivergingMap(double[,] cells, int nx, int ny, Func<bool, string> barLabel)
    {
        double[] finite = cells.Cast<double>().Where(double.IsFinite).ToArray();
        double largest = finite.Length > 0 ? finite.Max(Math.Abs) : 0;

        // A harm can fall by at most 100% but rise by far more; capping the colours at +/-100% keeps
        // the side where b wins readable next to a few cells where it loses badly (labels keep the value).
        bool capped = largest > MaxColourPercent;
        double span = capped ? MaxColourPercent : largest > 0 ? largest : 1;

        Plot plot = FigureStyle.NewPlot();
        var heat = plot.Add.Heatmap(cells);
        heat.Colormap = new ScottPlot.Colormaps.CustomInterpolated([Below, Colors.White, Above]);
        heat.ManualRange = new ScottPlot.Range(-span, span);
        heat.NaNCellColor = Colors.LightGray;

        // The extent spans the cell centres, so level i sits at coordinate i under its tick.
        heat.Extent = new CoordinateRect(0, nx - 1, 0, ny - 1);
        var bar = plot.Add.ColorBar(heat, Edge.Right);
        bar.Label = barLabel(capped);
        bar.LabelStyle.FontSize = FigureStyle.Sweep.Legend;
        return (plot, span, bar);
    }
}
