using MathNet.Numerics.Statistics;
using TeamSim.Experiments.Analysis;
using TeamSim.Experiments.Running;

namespace TeamSim.Experiments.Tests.Running;

public sealed class TickStatisticsTests
{
    [Fact]
    public void Mean_sd_and_ci_match_MathNet()
    {
        double[] values = [3.1, 4.7, 1.2, 9.9, 5.5, 5.0, 2.2];
        var stats = new TickStatistics(2, 3, 2);
        foreach (double v in values)
        {
            stats.Push(1, 2, 1, v);
        }

        var reference = new RunningStatistics(values);
        Assert.Equal(reference.Mean, stats.Mean(1, 2, 1), 12);
        Assert.Equal(reference.StandardDeviation, stats.StandardDeviation(1, 2, 1), 12);
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, values.Length - 1, 0.975) * reference.StandardDeviation / Math.Sqrt(values.Length);
        Assert.Equal(half, stats.HalfWidth95(1, 2, 1), 12);
        Assert.Equal(0, stats.Count(0, 2, 1));
        Assert.True(double.IsNaN(stats.Mean(1, 1, 1)));
    }

    [Fact]
    public void Sample_summary_ci_is_mean_plus_minus_t_times_standard_error()
    {
        SampleSummary s = SampleSummary.Of([1, 2, 3, 4, double.NaN]);
        Assert.Equal(4, s.N);
        Assert.Equal(2.5, s.Mean, 12);
        Assert.Equal(Math.Sqrt(5.0 / 3), s.Sd, 12);
        Assert.Equal(2.5 - (3.182446305284263 * Math.Sqrt(5.0 / 3) / 2), s.CiLow, 9);
    }
}
