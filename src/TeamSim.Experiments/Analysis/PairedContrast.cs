using MathNet.Numerics.Statistics;

namespace TeamSim.Experiments.Analysis;

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
    double CohensD)
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
        for (int i = 0; i < a.Count; i++)
        {
            if (double.IsNaN(a[i]) || double.IsNaN(b[i]))
            {
                continue;
            }

            sa.Push(a[i]);
            sb.Push(b[i]);
            sd.Push(b[i] - a[i]);
        }

        long n = sd.Count;
        if (n == 0)
        {
            return new PairedContrast(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
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
        return new PairedContrast(n, sa.Mean, sb.Mean, mean, sdDiff, mean - half, mean + half, t, n > 1 ? df : double.NaN, StudentT95.TwoSidedP(t, df), dz, cohensD);
    }
}
