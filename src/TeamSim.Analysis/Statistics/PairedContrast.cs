using MathNet.Numerics.Statistics;

namespace TeamSim.Analysis.Statistics;

/// <summary>
/// A paired comparison of two policies on one metric. Replication r of both policies shares its
/// random numbers, so the difference b - a is taken per replication (paired t test).
/// </summary>
/// <param name="N">Replications where both values are defined.</param>
/// <param name="MeanA">Mean of policy a over those replications.</param>
/// <param name="MeanB">Mean of policy b over those replications.</param>
/// <param name="MeanDifference">Mean of b - a.</param>
/// <param name="SdDifference">Standard deviation of b - a.</param>
/// <param name="CiLow">Lower end of the 95% CI of the mean difference.</param>
/// <param name="CiHigh">Upper end of the 95% CI of the mean difference.</param>
/// <param name="T">Paired t statistic, mean / (sd / sqrt(n)).</param>
/// <param name="Df">Degrees of freedom, n - 1.</param>
/// <param name="PValue">Two-sided p-value of the paired t test.</param>
/// <param name="Dz">Standardised paired difference d_z = mean difference / sd of differences.</param>
/// <param name="CohensD">Cohen's d = (mean b - mean a) / sqrt((sd_a^2 + sd_b^2) / 2), a magnitude comparable across designs.</param>
/// <param name="MedianDifference">Median of b - a over the pairs (MathNet, the mean of the two middle values for even n): a typical gap that a few extreme replications cannot move.</param>
/// <param name="Higher">Pairs in which b is higher than a.</param>
/// <param name="Ties">Pairs in which b equals a.</param>
/// <param name="ProbabilityOfSuperiority">Probability of superiority of b over a, in [0, 1]: the share of pairs in which b is higher, a tie counting half, (Higher + Ties / 2) / N.</param>
/// <param name="SuperiorityCiLow">Lower end of its 95% Wilson score interval on N pairs (see <see cref="Superiority.Wilson"/>), in [0, 1].</param>
/// <param name="SuperiorityCiHigh">Upper end of that interval, in [0, 1].</param>
/// <remarks>
/// The mean and its t interval answer "how much on average"; with heavy tails (a few collapsing
/// replications carry the mean) the median difference and the probability of superiority say what
/// happens in a typical pair and how often b comes out ahead. The Wilson score interval is used for
/// the probability because it stays inside [0, 1], even for one pair or when every pair goes one way,
/// where the Wald interval p +/- z sqrt(p (1 - p) / n) would collapse to a point or leave [0, 1].
/// With no pairs every statistic is NaN.
/// </remarks>
public sealed record PairedContrast(
    long N,
    double MeanA,
    double MeanB,
    double MeanDifference,
    double SdDifference,
    double CiLow,
    double CiHigh,
    double T,
    double Df,
    double PValue,
    double Dz,
    double CohensD,
    double MedianDifference,
    long Higher,
    long Ties,
    double ProbabilityOfSuperiority,
    double SuperiorityCiLow,
    double SuperiorityCiHigh)
{
    /// <summary>Compares paired samples; index i of <paramref name="a"/> and <paramref name="b"/> is the same replication.</summary>
    /// <exception cref="ArgumentException">The samples differ in length.</exception>
    public static PairedContrast Of(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"paired samples differ in length: {a.Count} and {b.Count}", nameof(b));
        }

        var sa = new RunningStatistics();
        var sb = new RunningStatistics();
        var sd = new RunningStatistics();
        var differences = new List<double>(a.Count);
        long higher = 0;
        long ties = 0;
        for (int i = 0; i < a.Count; i++)
        {
            if (double.IsNaN(a[i]) || double.IsNaN(b[i]))
            {
                continue;
            }

            sa.Push(a[i]);
            sb.Push(b[i]);
            sd.Push(b[i] - a[i]);
            differences.Add(b[i] - a[i]);
            if (b[i] > a[i])
            {
                higher++;
            }
            else if (b[i] == a[i])
            {
                ties++;
            }
        }

        long n = sd.Count;
        if (n == 0)
        {
            return new PairedContrast(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0, double.NaN, double.NaN, double.NaN);
        }

        double mean = sd.Mean;
        double sdDiff = n > 1 ? sd.StandardDeviation : double.NaN;
        double df = n - 1;
        double se = sdDiff / Math.Sqrt(n);
        double half = StudentT95.Critical(df) * se;
        double t = se > 0 ? mean / se : (se == 0 && mean != 0 ? Math.Sign(mean) * double.PositiveInfinity : double.NaN);
        double dz = sdDiff > 0 ? mean / sdDiff : double.NaN;
        double pooled = n > 1 ? Math.Sqrt((sa.Variance + sb.Variance) / 2) : double.NaN;
        double cohensD = pooled > 0 ? (sb.Mean - sa.Mean) / pooled : double.NaN;
        Superiority superiority = Superiority.Wilson(higher + (ties / 2.0), n);
        return new PairedContrast(
            n, sa.Mean, sb.Mean, mean, sdDiff, mean - half, mean + half, t, n > 1 ? df : double.NaN, StudentT95.TwoSidedP(t, df), dz, cohensD,
            differences.Median(), higher, ties, superiority.Probability, superiority.CiLow, superiority.CiHigh);
    }

    /// <summary>
    /// The probability that b is better than a in the metric's direction, with its 95% Wilson interval:
    /// <see cref="ProbabilityOfSuperiority"/> when higher is better; when lower is better the share of
    /// pairs in which b is lower, ties again counting half (its complement, interval mirrored).
    /// </summary>
    /// <param name="lowerIsBetter">True for harms such as damage.</param>
    public Superiority ProbabilityBetter(bool lowerIsBetter)
    {
        if (!lowerIsBetter)
        {
            return new Superiority(ProbabilityOfSuperiority, SuperiorityCiLow, SuperiorityCiHigh);
        }

        // From the counts rather than 1 - p, so the cells hold the exact share.
        return Superiority.Wilson(N - Higher - Ties + (Ties / 2.0), N);
    }
}
