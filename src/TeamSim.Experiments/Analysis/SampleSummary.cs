using MathNet.Numerics.Statistics;

namespace TeamSim.Experiments.Analysis;

/// <summary>Descriptive statistics of one metric over replications, with a t-based 95% CI of the mean.</summary>
/// <param name="N">Values used (NaN values, e.g. a rate with no events, are left out).</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="Sd">Sample standard deviation (n - 1); NaN for n &lt; 2.</param>
/// <param name="Se">Standard error of the mean.</param>
/// <param name="CiLow">Lower end of the 95% CI of the mean.</param>
/// <param name="CiHigh">Upper end of the 95% CI of the mean.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
public sealed record SampleSummary(long N, double Mean, double Sd, double Se, double CiLow, double CiHigh, double Min, double Max)
{
    /// <summary>Summarises the finite values of <paramref name="values"/> (MathNet <see cref="RunningStatistics"/>).</summary>
    public static SampleSummary Of(IEnumerable<double> values)
    {
        var stats = new RunningStatistics(values.Where(v => !double.IsNaN(v)));
        long n = stats.Count;
        if (n == 0)
        {
            return new SampleSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double sd = n > 1 ? stats.StandardDeviation : double.NaN;
        double se = sd / Math.Sqrt(n);
        double half = StudentT95.Critical(n - 1) * se;
        return new SampleSummary(n, stats.Mean, sd, se, stats.Mean - half, stats.Mean + half, stats.Minimum, stats.Maximum);
    }
}
