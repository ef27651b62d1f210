using System.Globalization;
using TeamSim.Core.Models;
using TeamSim.Core.Team;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

/// <summary>Issue 22: no printed or written interval leaves its metric's range, with the real team model at n = 3.</summary>
public sealed class IntervalRangeTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static double Number(string cell) => cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);

    private static void AssertInside(List<string> problems, string where, MetricBounds bounds, string column, string cell)
    {
        double value = Number(cell);
        if (!double.IsNaN(value) && !bounds.Contains(value))
        {
            problems.Add($"{where} {column}={cell} outside [{bounds.Lower}, {bounds.Upper}]");
        }
    }

    [Fact]
    public void A_run_of_the_team_model_at_n_3_writes_no_interval_outside_its_metrics_range()
    {
        // teamsim run classroom --replications 3 --seed 3 --no-plots --quiet
        string dir = Path.Combine(_work, "n3");
        var result = CliRunner.Run(BuiltInModels.Catalog, "run", "classroom", "--replications", "3", "--seed", "3", "--no-plots", "--quiet", "--out", dir);
        Assert.True(result.Code == 0, result.Err);
        Dictionary<string, MetricBounds> run = TeamMetrics.Run.ToDictionary(m => m.Name, m => m.Bounds);
        Dictionary<string, MetricBounds> tick = TeamMetrics.Tick.ToDictionary(m => m.Name, m => m.Bounds);
        var problems = new List<string>();
        int intervals = 0;

        foreach (var row in ReadCsv(Path.Combine(dir, "summary.csv")))
        {
            MetricBounds b = run[row["metric"]];
            Assert.True(b.HasLower, $"{row["metric"]} has no lower bound; every team metric is at least 0");
            intervals += double.IsNaN(Number(row["ci95_low"])) ? 0 : 1;
            foreach (string column in new[] { "ci95_low", "ci95_high", "min", "max", "mean" })
            {
                AssertInside(problems, $"summary.csv {row["policy"]} {row["metric"]}", b, column, row[column]);
            }
        }

        foreach (var row in ReadCsv(Path.Combine(dir, "timeseries.csv")))
        {
            MetricBounds b = tick[row["metric"]];
            foreach (string column in new[] { "ci_low", "ci_high", "mean" })
            {
                AssertInside(problems, $"timeseries.csv {row["policy"]} t{row["tick"]} {row["metric"]}", b, column, row[column]);
            }
        }

        // comparison.csv: differences of two nonnegative metrics may be negative; only the probability of superiority is bounded.
        foreach (var row in ReadCsv(Path.Combine(dir, "comparison.csv")))
        {
            foreach (string column in new[] { "prob_superiority", "prob_superiority_ci95_low", "prob_superiority_ci95_high" })
            {
                AssertInside(problems, $"comparison.csv {row["metric"]}", MetricBounds.UnitInterval, column, row[column]);
            }
        }

        Assert.True(intervals > 50, $"only {intervals} intervals were written");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void One_replication_writes_no_interval_and_the_headline_says_so()
    {
        // teamsim run classroom --replications 1 --no-plots
        string dir = Path.Combine(_work, "n1");
        var result = CliRunner.Run(BuiltInModels.Catalog, "run", "classroom", "--replications", "1", "--no-plots", "--out", dir);
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("(n = 1, no interval)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", result.Out, StringComparison.Ordinal);
        Assert.All(ReadCsv(Path.Combine(dir, "summary.csv")), row => Assert.True(double.IsNaN(Number(row["ci95_low"]))));
    }
}
