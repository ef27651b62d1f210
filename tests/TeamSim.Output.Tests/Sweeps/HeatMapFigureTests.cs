using System.Text.RegularExpressions;
using ScottPlot;
using TeamSim.Core.Models;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

public sealed partial class HeatMapFigureTests
{
    private static readonly Factor Fx = Factor.List("a", [0.1, 0.9]);
    private static readonly Factor Fy = Factor.List("b", [1, 10]);

    /// <summary>A 2 x 2 grid, one policy, one metric; point p gets <paramref name="values"/>[p] as its replications.</summary>
    private static Plot HeatMap(double[][] values, string metric = "total_damage")
    {
        var stats = new SweepPointStatistics(1, values.Length, 1);
        for (int p = 0; p < values.Length; p++)
        {
            foreach (double v in values[p])
            {
                stats.Push(0, p, 0, v);
            }
        }

        int[][] levels = SweepPlots.Levels([Fx, Fy], values.Length);
        return SweepPlots.HeatMap(stats, Fx, Fy, [0, 1], levels, 0, 0, metric, MetricBounds.NonNegative, "command", values[0].Length);
    }

    private static string[] SvgTexts(Plot plot) =>
        SvgText().Matches(plot.GetSvgXml(1200, 750)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToArray();

    [Fact]
    public void Cell_labels_and_colour_bar_ticks_share_one_format_and_the_colour_bar_says_what_the_colour_means()
    {
        Plot plot = HeatMap([[8650, 8670, 8660], [9100, 9120, 9110], [8580, 8600, 8590], [9400, 9420, 9410]]);
        string[] texts = SvgTexts(plot);

        string[] cells = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToArray();
        Assert.Equal(["8,660", "9,110", "8,590", "9,410"], cells);
        ScottPlot.Panels.ColorBar bar = plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>().Single();
        Assert.Equal("total damage: mean over 3 replications", bar.Label);
        Assert.Contains(bar.Label, texts);
        string[] ticks = bar.Axis.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray();
        Assert.NotEmpty(ticks);
        foreach (string label in cells.Concat(ticks))
        {
            Assert.Matches(Thousands(), label);
            Assert.Contains(label, texts);
        }

        Assert.DoesNotContain(texts, t => t.Contains("E+", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_cells_whose_CI_half_width_exceeds_a_quarter_of_the_mean_are_marked_and_the_legend_says_so()
    {
        // Point 1 (a = 0.1, b = 10) varies wildly over its replications; the others hardly at all.
        Plot plot = HeatMap([[100, 101, 99], [10, 200, 400], [100, 102, 98], [50, 51, 49]]);

        Coordinates[] marks = plot.GetPlottables<ScottPlot.Plottables.Markers>().SelectMany(m => m.Data.GetScatterPoints()).ToArray();
        Coordinates mark = Assert.Single(marks);
        Assert.Equal(0, mark.X);
        Assert.Equal(1, Math.Round(mark.Y));
        Assert.Contains(SweepPlots.WideLegend, SvgTexts(plot));
    }

    [Theory]
    [InlineData(100, 80, 120, false)]
    [InlineData(100, 60, 140, true)]
    [InlineData(-100, -160, -40, true)]
    [InlineData(5, double.NaN, double.NaN, true)]
    public void A_CI_is_wide_when_its_half_width_exceeds_25_percent_of_the_absolute_mean_or_is_missing(double mean, double low, double high, bool wide) =>
        Assert.Equal(wide, SweepPlots.IsWide(mean, low, high));

    [Fact]
    public void A_regime_map_writes_its_cells_and_colour_bar_ticks_as_signed_percentages_under_a_labelled_bar()
    {
        using var tmp = new TempDir();
        var model = new FakeModelFactory();
        var defaults = model.Parameters.Defaults();
        SweepPolicy[] policies = [new("plain", defaults), new("other", defaults.With("b", 3))];
        Factor[] factors = [Factor.List("a", [0.1, 0.5, 0.9]), Factor.Range("c", 1, 5, isInteger: true, levels: 3)];
        SweepTestKit.RunInto(tmp.Path, new SweepPlan(model, policies, factors, new SweepDesignSpec("grid"), 6, 20, 5, [], false, 3));

        SweepAnalysis.Run(tmp.Path, [], new SensitivityOptions(), new Core.Models.ModelCatalog([model]));

        string svg = File.ReadAllText(Path.Combine(tmp.Path, "analysis", "plots", "regime_y_other_vs_plain.svg"));
        string[] texts = SvgText().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToArray();
        Assert.Contains(texts, t => t.StartsWith("(other - plain) / plain, %", StringComparison.Ordinal));
        string[] percents = texts.Where(t => t.EndsWith('%') && !t.StartsWith('(')).ToArray();
        Assert.True(percents.Length >= 9 + 3, $"cell labels and ticks: {string.Join(" | ", texts)}");
        Assert.All(percents, t => Assert.Matches(SignedPercent(), t));

        // One format: every cell label and tick shows the same number of decimals.
        Assert.Single(percents.Select(t => t.Contains('.', StringComparison.Ordinal) ? t.Length - t.IndexOf('.', StringComparison.Ordinal) : 0).Distinct());
    }

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^([+-]?\d{1,3}(,\d{3})*(\.\d+)?%|n/a)$")]
    private static partial Regex SignedPercent();
}
