using System.Globalization;
using ScottPlot;
using TeamSim.Core.March1991;
using TeamSim.Experiments.March;
using TeamSim.Output.Plots;

namespace TeamSim.Output.March;

/// <summary>
/// Draws the March (1991) figures with ScottPlot, each as PNG and SVG: Figure 1 (equilibrium
/// knowledge against p1, a line per p2, with 95% CI bars) and code knowledge over time in open
/// systems (a line per setting with its 95% CI band). Okabe-Ito colours, large fonts.
/// </summary>
public static class MarchPlotWriter
{
    /// <summary>Writes both figures (the open-system one only when <paramref name="series"/> is not empty); returns the files, relative to the results folder.</summary>
    /// <param name="rows">The Figure 1 table.</param>
    /// <param name="series">Open-system series, possibly empty.</param>
    /// <param name="pathFor">Maps a relative file name to a full path inside the results folder.</param>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<MarchFigure1Row> rows, IReadOnlyList<MarchOpenSystemSeries> series, Func<string, string> pathFor)
    {
        var files = new List<string>();
        Save(Figure1(rows), "plots/march_figure1", pathFor, files);
        if (series.Count > 0)
        {
            Save(OpenSystems(series), "plots/march_open_systems", pathFor, files);
        }

        return files;
    }

    /// <summary>Average equilibrium knowledge against p1, a line per p2, each point with its 95% CI.</summary>
    public static Plot Figure1(IReadOnlyList<MarchFigure1Row> rows)
    {
        Plot plot = FigureStyle.NewPlot();
        double[] p2s = rows.Select(r => r.P2).Distinct().Order().ToArray();
        for (int i = 0; i < p2s.Length; i++)
        {
            MarchFigure1Row[] line = rows.Where(r => r.P2 == p2s[i]).OrderBy(r => r.P1).ToArray();
            double[] xs = line.Select(r => r.P1).ToArray();
            double[] ys = line.Select(r => r.MeanKnowledge).ToArray();
            Color color = OkabeIto.For(i);
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.Color = color;
            scatter.LineWidth = 3;
            scatter.MarkerSize = 10;
            scatter.LegendText = string.Create(CultureInfo.InvariantCulture, $"p2 = {p2s[i]}");
            // The interval is asymmetric near -1 and 1 (docs/OUTPUTS.md, "Intervals").
            double[] up = line.Select(r => double.IsFinite(r.Ci95High) ? r.Ci95High - r.MeanKnowledge : 0).ToArray();
            double[] down = line.Select(r => double.IsFinite(r.Ci95Low) ? r.MeanKnowledge - r.Ci95Low : 0).ToArray();
            var bars = plot.Add.ErrorBar(xs, ys, up);
            bars.YErrorNegative = down;
            bars.YErrorPositive = up;
            bars.Color = color;
            bars.LineWidth = 2;
        }

        int iterations = rows.Count > 0 ? rows[0].Iterations : 0;
        FigureStyle.Results.Apply(plot, string.Create(CultureInfo.InvariantCulture, $"March (1991) Figure 1: equilibrium knowledge, {iterations} runs a point (95% CI)"), "socialisation rate p1", "average equilibrium knowledge", legendAt: Alignment.UpperRight);
        FigureAxes.KeepInside(plot, MarchMetrics.Run[MarchMetrics.EquilibriumKnowledgeIndex].Bounds);
        return plot;
    }

    /// <summary>Mean code knowledge per period and setting with its 95% CI band.</summary>
    public static Plot OpenSystems(IReadOnlyList<MarchOpenSystemSeries> series)
    {
        Plot plot = FigureStyle.NewPlot();
        for (int i = 0; i < series.Count; i++)
        {
            IReadOnlyList<MarchTimePoint> points = series[i].Points;
            double[] xs = points.Select(p => (double)p.Period).ToArray();
            Color color = OkabeIto.For(i);
            var band = plot.Add.FillY(
                xs,
                points.Select(p => double.IsFinite(p.Ci95Low) ? p.Ci95Low : p.MeanCodeKnowledge).ToArray(),
                points.Select(p => double.IsFinite(p.Ci95High) ? p.Ci95High : p.MeanCodeKnowledge).ToArray());
            band.FillStyle.Color = color.WithAlpha(0.25);
            band.LineStyle.Width = 0;
            var line = plot.Add.ScatterLine(xs, points.Select(p => p.MeanCodeKnowledge).ToArray());
            line.Color = color;
            line.LineWidth = 3;
            line.LegendText = series[i].Label;
        }

        int iterations = series.Count > 0 ? series[0].Options.Iterations : 0;
        FigureStyle.Results.Apply(plot, string.Create(CultureInfo.InvariantCulture, $"March (1991) open systems: code knowledge over time, {iterations} runs (95% CI)"), "period", "code knowledge", legendAt: Alignment.LowerLeft);
        FigureAxes.KeepInside(plot, MarchMetrics.Tick[MarchMetrics.CodeKnowledgeIndex].Bounds);
        return plot;
    }

    private static void Save(Plot plot, string stem, Func<string, string> pathFor, List<string> files)
    {
        FigureStyle.SavePngAndSvg(plot, stem, pathFor);
        files.Add(stem + ".png");
        files.Add(stem + ".svg");
    }
}
