using MathNet.Numerics.Statistics;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;

namespace TeamSim.Experiments.Analysis;

/// <summary>Descriptive statistics of one metric over replications, with a 95% CI of the mean that stays inside the metric's range (<see cref="BoundedInterval"/>).</summary>
/// <param name="N">Values used (NaN values, e.g. a rate with no events, are left out).</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="Sd">Sample standard deviation (n - 1); NaN for n &lt; 2.</param>
/// <param name="Se">Standard error of the mean.</param>
/// <param name="CiLow">Lower end of the 95% CI of the mean; NaN for n &lt; 2.</param>
/// <param name="CiHigh">Upper end of the 95% CI of the mean; NaN for n &lt; 2.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
public sealed record SampleSummary(long N, double Mean, double Sd, double Se, double CiLow, double CiHigh, double Min, double Max)
{
    /// <summary>Summarises the finite values of <paramref name="values"/> of an unbounded quantity (plain t interval).</summary>
    public static SampleSummary Of(IEnumerable<double> values) => Of(values, MetricBounds.Unbounded);

    /// <summary>Summarises the finite values of <paramref name="values"/> (MathNet <see cref="RunningStatistics"/>), the CI inside <paramref name="bounds"/>.</summary>
    public static SampleSummary Of(IEnumerable<double> values, MetricBounds bounds)
    {
        var stats = new RunningStatistics(values.Where(v => !double.IsNaN(v)));
        long n = stats.Count;
        if (n == 0)
        {
            return new SampleSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double sd = n > 1 ? stats.StandardDeviation : double.NaN;
        double se = sd / Math.Sqrt(n);
        (double low, double high) = BoundedInterval.Mean95(stats.Mean, sd, n, bounds);
        return new SampleSummary(n, stats.Mean, sd, se, low, high, stats.Minimum, stats.Maximum);
    }
}
