using TeamSim.Output.Report;

namespace TeamSim.Output.Tests.Report;

public sealed class ResultsFolderReaderTests
{
    [Fact]
    public void Comparison_rows_carry_the_median_difference_and_the_share_of_pairs_won()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 4, ticks: 5), TestResults.Request(dir));

            ComparisonRow damage = ResultsFolderReader.Read(dir).Comparisons.First(r => r.Metric == "total_damage");

            // The fake's inquiry has less damage in every replication.
            Assert.True(damage.MedianDifference < 0);
            Assert.Equal(1, damage.ProbabilityBetter);
            Assert.InRange(damage.ProbabilityBetterCiLow, 0.5, 0.52);
            Assert.Equal(1, damage.ProbabilityBetterCiHigh);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_folder_written_before_the_heavy_tail_columns_still_reads_with_them_undefined()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 4, ticks: 5), TestResults.Request(dir));
            string path = Path.Combine(dir, "comparison.csv");
            string[] old = File.ReadAllLines(path).Select(l => string.Join(',', l.Split(',')[..^4])).ToArray();
            Assert.EndsWith(",better", old[0], StringComparison.Ordinal);
            File.WriteAllText(path, string.Join('\n', old) + "\n");

            ReportData data = ResultsFolderReader.Read(dir);

            ComparisonRow damage = data.Comparisons.First(r => r.Metric == "total_damage");
            Assert.True(damage.MeanDifference < 0);
            Assert.True(double.IsNaN(damage.MedianDifference));
            Assert.True(double.IsNaN(damage.ProbabilityBetter));
            Assert.True(double.IsNaN(damage.ProbabilityBetterCiLow));
            Assert.True(double.IsNaN(damage.ProbabilityBetterCiHigh));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
