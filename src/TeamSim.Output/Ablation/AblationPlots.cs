using System.Globalization;
using ScottPlot;
using TeamSim.Core.Models;
using TeamSim.Experiments.Ablation;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Ablation;

/// <summary>
/// Forest plots of an ablation study (ScottPlot, PNG and SVG, Okabe-Ito colour per policy): one row
/// per variant and policy, the relative change of a key metric with its 95% CI, a line at 0.
/// </summary>
public static class AblationPlots
{
    private const int RowPixels = 38;

    /// <summary>
    /// The metrics that get a forest plot: those of <see cref="PlotWriter.KeyRunMetrics"/> the model has
    /// (total_damage first), else its first two run metrics.
    /// </summary>
    public static IReadOnlyList<string> KeyMetrics(IReadOnlyList<MetricDefinition> runMetrics)
    {
        ArgumentNullException.ThrowIfNull(runMetrics);
        string[] present = PlotWriter.KeyRunMetrics.Where(k => runMetrics.Any(m => m.Name == k)).ToArray();
        return present.Length > 0 ? present : runMetrics.Take(2).Select(m => m.Name).ToArray();
    }

    /// <summary>Writes plots/forest_METRIC.png and .svg per key metric; returns the files, relative to the results folder.</summary>
    /// <param name="rows">The ablation table.</param>
    /// <param name="runMetrics">The model's run metrics.</param>
    /// <param name="policies">Policy names in scenario order (for colours).</param>
    /// <param name="scenario">Scenario name, for titles.</param>
    /// <param name="replications">Replications, for titles.</param>
    /// <param name="pathFor">Maps a relative file name to a full path inside the results folder.</param>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<AblationRow> rows, IReadOnlyList<MetricDefinition> runMetrics, IReadOnlyList<string> policies, string scenario, int replications, Func<string, string> pathFor)
    {
        ArgumentNullException.ThrowIfNull(pathFor);
        var files = new List<string>();
        foreach (string metric in KeyMetrics(runMetrics))
        {
            AblationRow[] selected = rows.Where(r => r.Metric == metric).ToArray();
            Plot plot = Forest(selected, policies, scenario, replications, metric);
            string stem = "plots/forest_" + metric;
            int height = Math.Max(FigureStyle.Height, 200 + (selected.Length * RowPixels));
            plot.SavePng(pathFor(stem + ".png"), FigureStyle.Width, height);
            plot.SaveSvg(pathFor(stem + ".svg"), FigureStyle.Width, height);
            files.Add(stem + ".png");
            files.Add(stem + ".svg");
        }

        return files;
    }

    /// <summary>
    /// The forest plot of one metric: a row per variant and policy (top to bottom in table order), a
    /// point at the relative change in percent of the baseline mean and a bar over its 95% CI. Rows whose
    /// baseline mean is 0 have no relative change and are labelled so.
    /// </summary>
    public static Plot Forest(IReadOnlyList<AblationRow> rows, IReadOnlyList<string> policies, string scenario, int replications, string metric)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(policies);
        Plot plot = FigureStyle.NewPlot();
        var positions = new double[rows.Count];
        var labels = new string[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            AblationRow row = rows[i];
            double y = rows.Count - 1 - i;
            positions[i] = y;
            double percent = row.RelativeChange * 100;
            labels[i] = double.IsFinite(percent) ? $"{row.Variant} | {row.Policy}" : $"{row.Variant} | {row.Policy} (baseline 0)";
            if (!double.IsFinite(percent))
            {
                continue;
            }

            Color color = OkabeIto.For(Math.Max(0, IndexOf(policies, row.Policy)));
            // Dividing by a negative baseline mean swaps the ends.
            double a = row.CiLow / row.MeanBaseline * 100;
            double b = row.CiHigh / row.MeanBaseline * 100;
            double low = Math.Min(a, b);
            double high = Math.Max(a, b);
            if (double.IsFinite(low) && double.IsFinite(high))
            {
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar([percent], [y], [high - percent], [percent - low], [0.0], [0.0]) { Color = color, LineWidth = 3 });
            }

            plot.Add.Markers(new[] { percent }, new[] { y }, MarkerShape.FilledCircle, 12, color);
        }

        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 2;
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.SetLimitsY(-0.8, rows.Count - 0.2);
        for (int p = 0; p < policies.Count; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = policies[p], FillColor = OkabeIto.For(p) });
        }

        bool lower = rows.Count > 0 && rows[0].LowerIsBetter;
        string direction = lower ? " (lower is better)" : " (higher is better)";
        FigureStyle.Results.Apply(
            plot,
            string.Create(CultureInfo.InvariantCulture, $"{scenario}: {metric.Replace('_', ' ')} under ablation, paired over {replications} replications"),
            $"relative change of mean {metric.Replace('_', ' ')}, % of baseline (95% CI){direction}",
            "variant | policy",
            legendAt: Alignment.LowerRight);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        return plot;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
