using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using TeamSim.Core.Models;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Plots;
using TeamSim.Output.Report;

namespace TeamSim.Output.Tests.Report;

/// <summary>The classroom report at n = 3 replications, where a plain t interval reaches far past 0: nothing drawn or printed leaves its metric's range.</summary>
public sealed partial class ReportIntervalTests : IDisposable
{
    private readonly string _folder = TestResults.NewFolder();
    private readonly IModelFactory _model;
    private readonly ReportData _data;
    private readonly ExperimentResult _result;

    public ReportIntervalTests()
    {
        var loader = new ScenarioLoader(BuiltInModels.Catalog);
        ResolvedScenario scenario = loader.Resolver.Resolve(loader.Resolver.ApplyOverrides(loader.Load("classroom"), new ScenarioOverrides(3, null, null, [], [])));
        _result = ReplicationRunner.Run(scenario, new RunnerOptions(2, false));
        ResultWriter.Write(_result, TestResults.Request(_folder));
        _data = ResultsFolderReader.Read(_folder);
        _model = scenario.Model;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Time_series_bands_and_value_axes_stay_inside_each_metrics_range_at_n_3()
    {
        Assert.Equal(3, _data.Replications);
        int drawn = 0;
        foreach ((string metric, _, string title, string axis, _) in ReportBuilder.TimeSeriesFigures)
        {
            MetricBounds bounds = ReportBuilder.TickBounds(_model, metric);
            Assert.True(bounds.HasLower, $"{metric} declares no lower bound");
            Plot plot = ReportFigures.TimeSeriesPlot(_data, metric, title, axis, bounds) ?? throw new InvalidOperationException($"no figure for {metric}");
            Assert.NotEmpty(plot.GetPlottables<ScottPlot.Plottables.FillY>());
            foreach (IPlottable plottable in plot.GetPlottables())
            {
                AssertInside(plottable.GetAxisLimits(), bounds, $"{metric}: {plottable.GetType().Name}");
            }

            AssertInside(plot.Axes.GetLimits(), bounds, $"{metric}: value axis");
            drawn++;
        }

        Assert.Equal(ReportBuilder.TimeSeriesFigures.Count, drawn);
    }

    [Fact]
    public void Error_bars_of_the_reporting_paradox_are_the_bounded_summary_intervals_and_never_dip_below_0()
    {
        Plot plot = ReportFigures.ReportingParadoxPlot(_data) ?? throw new InvalidOperationException("no paradox figure");

        ScottPlot.Plottables.ErrorBar bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.ErrorBar>());
        Assert.Equal(2 * _data.Policies.Count, bars.Ys.Count);
        for (int i = 0; i < bars.Ys.Count; i++)
        {
            double low = bars.Ys[i] - bars.YErrorNegative![i];
            Assert.True(low >= 0, $"bar {i} reaches {low}");
            SummaryRow row = _data.Summary.Single(r => r.Mean == bars.Ys[i] && (r.Metric is "errors_made" or "errors_reported"));
            Assert.Equal(row.CiLow, low, 9);
            Assert.Equal(row.CiHigh, bars.Ys[i] + bars.YErrorPositive![i], 9);
        }

        Assert.True(plot.Axes.GetLimits().Bottom >= 0);
    }

    [Fact]
    public void Every_interval_printed_in_the_report_table_lies_inside_its_metrics_range()
    {
        string html = ReportBuilder.Build(_data, BuiltInModels.Catalog);
        int checkedRows = 0;
        foreach (Match row in TableRow().Matches(html))
        {
            string metric = row.Groups[1].Value.Replace(' ', '_');
            int index = _model.RunMetrics.IndexOfName(metric);
            Assert.True(index >= 0, $"unknown metric {metric}");
            MetricBounds bounds = _model.RunMetrics[index].Bounds;
            foreach (Match ci in Interval().Matches(row.Value))
            {
                double low = double.Parse(ci.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                double high = double.Parse(ci.Groups[2].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                Assert.True(bounds.Contains(low) && bounds.Contains(high), $"{metric}: 95% CI {low} to {high} outside [{bounds.Lower}, {bounds.Upper}]");
                checkedRows++;
            }
        }

        Assert.True(checkedRows >= 10, $"only {checkedRows} intervals found in the table");
    }

    [Fact]
    public void The_run_plots_bands_error_bars_and_value_axes_stay_inside_each_metrics_range_at_n_3()
    {
        var figures = new List<(string What, Plot Plot, MetricBounds Bounds)>();
        foreach (string metric in PlotWriter.KeyTickMetrics)
        {
            figures.Add(("timeseries " + metric, PlotWriter.TimeSeries(_result, metric), _model.TickMetrics[_model.TickMetrics.IndexOfName(metric)].Bounds));
        }

        foreach (string metric in PlotWriter.KeyRunMetrics)
        {
            figures.Add(("outcome " + metric, PlotWriter.Distribution(_result, metric), _model.RunMetrics[_model.RunMetrics.IndexOfName(metric)].Bounds));
        }

        Plot errors = PlotWriter.ErrorsReportedVsMade(_result);
        Assert.Equal(2 * _result.Scenario.Policies.Count, errors.GetPlottables<ScottPlot.Plottables.FillY>().Count());
        figures.Add(("errors made vs reported", errors, _model.TickMetrics[_model.TickMetrics.IndexOfName("errors_made")].Bounds));

        foreach ((string what, Plot plot, MetricBounds bounds) in figures)
        {
            Assert.True(bounds.HasLower, $"{what}: no lower bound declared");
            foreach (IPlottable plottable in plot.GetPlottables())
            {
                AssertInside(plottable.GetAxisLimits(), bounds, $"{what}: {plottable.GetType().Name}");
            }

            AssertInside(plot.Axes.GetLimits(), bounds, $"{what}: value axis");
        }
    }

    private static void AssertInside(AxisLimits limits, MetricBounds bounds, string what)
    {
        const double slack = 1e-9;
        Assert.True(!bounds.HasLower || limits.Bottom >= bounds.Lower - slack, $"{what} reaches down to {limits.Bottom}, below {bounds.Lower}");
        Assert.True(!bounds.HasUpper || limits.Top <= bounds.Upper + slack, $"{what} reaches up to {limits.Top}, above {bounds.Upper}");
    }

    [GeneratedRegex("<tr><td>([a-z_ ]+)</td>.*?</tr>")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"95% CI (-?[\d,.]+) to (-?[\d,.]+)")]
    private static partial Regex Interval();
}
