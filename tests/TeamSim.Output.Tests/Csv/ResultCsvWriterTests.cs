using System.Globalization;
using TeamSim.Experiments.Running;

namespace TeamSim.Output.Tests.Csv;

public sealed class ResultCsvWriterTests
{
    [Fact]
    public void Same_seed_gives_byte_identical_csv_files_on_one_and_four_threads()
    {
        string a = TestResults.NewFolder();
        string b = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(threads: 1), TestResults.Request(a));
            ResultWriter.Write(TestResults.Run(threads: 4), TestResults.Request(b));
            foreach (string file in ResultWriter.CsvFiles)
            {
                byte[] first = File.ReadAllBytes(Path.Combine(a, file));
                Assert.True(first.Length > 100, file);
                Assert.Equal(first, File.ReadAllBytes(Path.Combine(b, file)));
            }
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Fact]
    public void Csv_stays_invariant_under_a_comma_decimal_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        string a = TestResults.NewFolder();
        string b = TestResults.NewFolder();
        try
        {
            ExperimentResult result = TestResults.Run();
            ResultWriter.Write(result, TestResults.Request(a));
            CultureInfo.CurrentCulture = CommaDecimalCulture();
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really is comma-decimal
            ResultWriter.Write(result, TestResults.Request(b));
            foreach (string file in ResultWriter.CsvFiles)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            }

            string summary = File.ReadAllText(Path.Combine(b, "summary.csv"));
            Assert.Matches(@"\n""?command""?,total_damage,6,[0-9]+\.[0-9]+,", summary);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Fact]
    public void Files_have_the_documented_headers_and_row_counts()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ExperimentResult result = TestResults.Run(reps: 4, ticks: 5);
            ResultWriter.Write(result, TestResults.Request(dir));
            string[] runs = File.ReadAllLines(Path.Combine(dir, "runs.csv"));
            Assert.StartsWith("run,policy,replication,seed,ticks,leader.inquiry,leader.blame,leader.delegation,leader.takeover,leader.direction,practices.rotation_interval,total_damage,", runs[0], StringComparison.Ordinal);
            Assert.Equal(1 + (3 * 4), runs.Length);
            Assert.StartsWith("0,command,0,5,5,0.1,0.7,0.3,true,0.7,0,", runs[1], StringComparison.Ordinal);

            string[] series = File.ReadAllLines(Path.Combine(dir, "timeseries.csv"));
            Assert.Equal("policy,tick,metric,n,mean,sd,ci_low,ci_high", series[0]);
            Assert.Equal(1 + (3 * 5 * result.Scenario.Model.TickMetrics.Count), series.Length);

            string[] comparison = File.ReadAllLines(Path.Combine(dir, "comparison.csv"));
            Assert.Equal("metric,policy_a,policy_b,n,mean_a,mean_b,mean_difference,sd_difference,ci95_low,ci95_high,t,df,p_value,d_z,cohens_d,lower_is_better,better," +
                "median_difference,prob_superiority,prob_superiority_ci95_low,prob_superiority_ci95_high", comparison[0]);
            Assert.Equal(1 + (3 * result.Scenario.Model.RunMetrics.Count), comparison.Length);

            // The fake's inquiry lowers damage in every replication, so inquiry is the better policy on damage.
            Assert.StartsWith("total_damage,command,inquiry,4,", comparison[1], StringComparison.Ordinal);
            Assert.Contains(",true,inquiry,", comparison[1], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Comparison_appends_the_heavy_tail_columns_after_the_existing_ones()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 4, ticks: 5), TestResults.Request(dir));
            string[] header = File.ReadLines(Path.Combine(dir, "comparison.csv")).First().Split(',');
            string[] existing = ["metric", "policy_a", "policy_b", "n", "mean_a", "mean_b", "mean_difference", "sd_difference", "ci95_low", "ci95_high", "t", "df", "p_value", "d_z", "cohens_d", "lower_is_better", "better"];
            Assert.Equal(existing, header[..existing.Length]);
            Assert.Equal(["median_difference", "prob_superiority", "prob_superiority_ci95_low", "prob_superiority_ci95_high"], header[existing.Length..]);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Prob_superiority_is_the_share_of_pairs_where_b_is_better_in_the_metrics_direction()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ExperimentResult result = TestResults.Run(reps: 4, ticks: 5);
            ResultWriter.Write(result, TestResults.Request(dir));
            string[] lines = File.ReadAllLines(Path.Combine(dir, "comparison.csv"));
            string[] header = lines[0].Split(',');
            Dictionary<string, string> Row(string metric) =>
                header.Zip(lines.Single(l => l.StartsWith(metric + ",command,inquiry,", StringComparison.Ordinal)).Split(','))
                    .ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);

            // The fake's inquiry (b) is lower than command (a) on every run metric but errors_reported, in every replication.
            double[] damageA = result.RunMetric(0, 0), damageB = result.RunMetric(1, 0);
            Assert.All(Enumerable.Range(0, 4), r => Assert.True(damageB[r] < damageA[r]));

            // Lower is better for damage, so b is better in every pair: 1, Wilson interval [4 / (4 + z^2), 1].
            Dictionary<string, string> damage = Row("total_damage");
            Assert.Equal("true", damage["lower_is_better"]);
            Assert.Equal("1", damage["prob_superiority"]);
            Assert.Equal("1", damage["prob_superiority_ci95_high"]);
            Assert.Equal(4 / (4 + (1.959963984540054 * 1.959963984540054)), Parse(damage["prob_superiority_ci95_low"]), 9);
            double[] differences = damageB.Zip(damageA, (b, a) => b - a).Order().ToArray();
            Assert.Equal((differences[1] + differences[2]) / 2, Parse(damage["median_difference"]), 9);

            // Higher is better for final safety, and b is lower in every pair: b is better in none.
            Dictionary<string, string> safety = Row("final_psych_safety");
            Assert.Equal("false", safety["lower_is_better"]);
            Assert.Equal("0", safety["prob_superiority"]);
            Assert.Equal("0", safety["prob_superiority_ci95_low"]);
            Assert.Equal(1 - Parse(damage["prob_superiority_ci95_low"]), Parse(safety["prob_superiority_ci95_high"]), 12);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Events_are_written_only_when_asked()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 2, ticks: 3, events: true), TestResults.Request(dir, events: true));
            string[] lines = File.ReadAllLines(Path.Combine(dir, "events.csv"));
            Assert.Equal("policy,replication,tick,kind,actor,target,incident,value", lines[0]);
            Assert.Equal(1 + (3 * 2 * 3), lines.Length);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static double Parse(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static CultureInfo CommaDecimalCulture()
    {
        // With invariant globalization no named cultures exist, so build a comma-decimal one.
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.TextInfo.ListSeparator = ";";
        return culture;
    }
}
