using System.Globalization;
using CsvHelper;
using TeamSim.Analysis.Csv;
using TeamSim.Analysis.Events;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Analysis;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Output.Csv;

/// <summary>
/// Writes the tidy CSV files of a scenario run (docs/OUTPUTS.md): CsvHelper, invariant culture,
/// UTF-8 without BOM, LF line ends, one header, stable column order. Nothing here depends on time
/// or thread count, so the same scenario and seed give byte-identical files.
/// </summary>
public static class ResultCsvWriter
{
    /// <summary>runs.csv: one row per run with keys, the parameters that differ between policies, and per-run metrics.</summary>
    public static void WriteRuns(ExperimentResult result, string path)
    {
        ResolvedScenario s = result.Scenario;
        var table = new RunsTable(s.Policies.Select(p => p.Parameters).ToList(), s.Model.RunMetrics);
        using CsvWriter csv = Open(path);
        WriteRecord(csv, table.Header);
        int index = 0;
        foreach (RunResult run in result.Runs)
        {
            ResolvedPolicy policy = s.Policies[run.Policy];
            WriteRecord(csv, table.Row(index++, policy.Name, policy.Parameters, run.Replication, s.Scenario.Seed, run.Ticks, run.Metrics));
        }
    }

    /// <summary>timeseries.csv: one row per policy, tick and metric with n, mean, sd and the 95% CI of the mean, inside the metric's range.</summary>
    public static void WriteTimeSeries(ExperimentResult result, string path)
    {
        ResolvedScenario s = result.Scenario;
        TickStatistics stats = result.TickStatistics;
        using CsvWriter csv = Open(path);
        WriteHeader(csv, "policy", "tick", "metric", "n", "mean", "sd", "ci_low", "ci_high");
        for (int p = 0; p < s.Policies.Count; p++)
        {
            string policy = CsvCells.Text(s.Policies[p].Name);
            for (int t = 1; t <= stats.Ticks; t++)
            {
                for (int m = 0; m < stats.Metrics; m++)
                {
                    long n = stats.Count(p, t, m);
                    double mean = stats.Mean(p, t, m);
                    (double low, double high) = stats.Interval95(p, t, m, s.Model.TickMetrics[m].Bounds);
                    csv.WriteField(policy);
                    csv.WriteField(CsvCells.Integer(t));
                    csv.WriteField(CsvCells.Text(s.Model.TickMetrics[m].Name));
                    csv.WriteField(CsvCells.Integer(n));
                    csv.WriteField(CsvCells.Number(mean));
                    csv.WriteField(CsvCells.Number(stats.StandardDeviation(p, t, m)));
                    csv.WriteField(CsvCells.Number(low));
                    csv.WriteField(CsvCells.Number(high));
                    csv.EndRecord();
                }
            }
        }
    }

    /// <summary>summary.csv: one row per policy and run metric: n, mean, sd, se, 95% CI (inside the metric's range), min, max.</summary>
    public static void WriteSummary(ExperimentResult result, string path)
    {
        ResolvedScenario s = result.Scenario;
        using CsvWriter csv = Open(path);
        WriteHeader(csv, "policy", "metric", "n", "mean", "sd", "se", "ci95_low", "ci95_high", "min", "max", "lower_is_better");
        for (int p = 0; p < s.Policies.Count; p++)
        {
            for (int m = 0; m < s.Model.RunMetrics.Count; m++)
            {
                SampleSummary sum = SampleSummary.Of(result.RunMetric(p, m), s.Model.RunMetrics[m].Bounds);
                csv.WriteField(CsvCells.Text(s.Policies[p].Name));
                csv.WriteField(CsvCells.Text(s.Model.RunMetrics[m].Name));
                csv.WriteField(CsvCells.Integer(sum.N));
                csv.WriteField(CsvCells.Number(sum.Mean));
                csv.WriteField(CsvCells.Number(sum.Sd));
                csv.WriteField(CsvCells.Number(sum.Se));
                csv.WriteField(CsvCells.Number(sum.CiLow));
                csv.WriteField(CsvCells.Number(sum.CiHigh));
                csv.WriteField(CsvCells.Number(sum.Min));
                csv.WriteField(CsvCells.Number(sum.Max));
                csv.WriteField(s.Model.RunMetrics[m].LowerIsBetter ? "true" : "false");
                csv.EndRecord();
            }
        }
    }

    /// <summary>
    /// comparison.csv: for each run metric and each pair of policies (a before b in scenario order),
    /// the paired difference b - a with its 95% CI, paired t, df, p, d_z, Cohen's d and the better policy;
    /// then, for heavy tails, the median of b - a and the probability that b is better than a in the
    /// metric's direction (ties half) with its 95% Wilson interval.
    /// </summary>
    public static void WriteComparison(ExperimentResult result, string path)
    {
        ResolvedScenario s = result.Scenario;
        using CsvWriter csv = Open(path);
        WriteHeader(csv, "metric", "policy_a", "policy_b", "n", "mean_a", "mean_b", "mean_difference", "sd_difference", "ci95_low", "ci95_high", "t", "df", "p_value", "d_z", "cohens_d", "lower_is_better", "better",
            "median_difference", "prob_superiority", "prob_superiority_ci95_low", "prob_superiority_ci95_high");
        for (int m = 0; m < s.Model.RunMetrics.Count; m++)
        {
            MetricDefinition metric = s.Model.RunMetrics[m];
            for (int a = 0; a < s.Policies.Count; a++)
            {
                for (int b = a + 1; b < s.Policies.Count; b++)
                {
                    PairedContrast c = PairedContrast.Of(result.RunMetric(a, m), result.RunMetric(b, m));
                    csv.WriteField(CsvCells.Text(metric.Name));
                    csv.WriteField(CsvCells.Text(s.Policies[a].Name));
                    csv.WriteField(CsvCells.Text(s.Policies[b].Name));
                    csv.WriteField(CsvCells.Integer(c.N));
                    csv.WriteField(CsvCells.Number(c.MeanA));
                    csv.WriteField(CsvCells.Number(c.MeanB));
                    csv.WriteField(CsvCells.Number(c.MeanDifference));
                    csv.WriteField(CsvCells.Number(c.SdDifference));
                    csv.WriteField(CsvCells.Number(c.CiLow));
                    csv.WriteField(CsvCells.Number(c.CiHigh));
                    csv.WriteField(CsvCells.Number(c.T));
                    csv.WriteField(CsvCells.Number(c.Df));
                    csv.WriteField(CsvCells.Number(c.PValue));
                    csv.WriteField(CsvCells.Number(c.Dz));
                    csv.WriteField(CsvCells.Number(c.CohensD));
                    csv.WriteField(metric.LowerIsBetter ? "true" : "false");
                    csv.WriteField(CsvCells.Text(Better(c, metric.LowerIsBetter, s.Policies[a].Name, s.Policies[b].Name)));
                    Superiority bBetter = c.ProbabilityBetter(metric.LowerIsBetter);
                    csv.WriteField(CsvCells.Number(c.MedianDifference));
                    csv.WriteField(CsvCells.Number(bBetter.Probability));
                    csv.WriteField(CsvCells.Number(bBetter.CiLow));
                    csv.WriteField(CsvCells.Number(bBetter.CiHigh));
                    csv.EndRecord();
                }
            }
        }
    }

    /// <summary>events.csv: every event of every run, runs in runs.csv order, events in model order.</summary>
    public static void WriteEvents(ExperimentResult result, string path)
    {
        using CsvWriter csv = Open(path);
        WriteHeader(csv, "policy", "replication", "tick", "kind", "actor", "target", "incident", "value");
        foreach (RunResult run in result.Runs)
        {
            string policy = CsvCells.Text(result.Scenario.Policies[run.Policy].Name);
            foreach (ModelEvent e in run.Events)
            {
                csv.WriteField(policy);
                csv.WriteField(CsvCells.Integer(run.Replication));
                csv.WriteField(CsvCells.Integer(e.Tick));
                csv.WriteField(CsvCells.Text(e.Kind));
                csv.WriteField(CsvCells.Integer(e.Actor));
                csv.WriteField(CsvCells.Integer(e.Target));
                csv.WriteField(CsvCells.Integer(e.Incident));
                csv.WriteField(CsvCells.Number(e.Value));
                csv.EndRecord();
            }
        }
    }

    /// <summary>
    /// Which policy did better: the one favoured by the metric's direction when the 95% CI of the
    /// difference excludes zero, "neither" when it does not, empty when undefined.
    /// </summary>
    public static string Better(PairedContrast c, bool lowerIsBetter, string a, string b)
    {
        if (double.IsNaN(c.CiLow) || double.IsNaN(c.CiHigh))
        {
            return string.Empty;
        }

        if (c.CiLow <= 0 && c.CiHigh >= 0)
        {
            return "neither";
        }

        bool bHigher = c.CiLow > 0;
        return bHigher ^ lowerIsBetter ? b : a;
    }

    /// <summary>Parameters whose value differs between at least two policies, in registry order.</summary>
    public static IReadOnlyList<ParameterSpec> VariedParameters(ResolvedScenario s) =>
        RunsTable.VariedParameters(s.Policies.Select(p => p.Parameters).ToList());

    private static void WriteRecord(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (string cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.EndRecord();
    }

    private static void WriteHeader(CsvWriter csv, params string[] names)
    {
        foreach (string name in names)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
    }

    private static CsvWriter Open(string path)
    {
        // UTF-8 without BOM, LF line ends and invariant culture, so files are byte-identical on every OS and culture.
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        return CsvWriter.ToFile(path, options, FileOptions.None);
    }
}
