using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// The paired difference B - A of a per-run metric over replications that share their random
/// numbers, with the 95% confidence interval of the paired t test (as the CLI's comparison.csv).
/// </summary>
/// <param name="N">Replications where both values are defined.</param>
/// <param name="MeanA">Mean of A.</param>
/// <param name="MeanB">Mean of B.</param>
/// <param name="Mean">Mean of B - A.</param>
/// <param name="CiLow">Lower end of the 95% CI (NaN with fewer than two replications).</param>
/// <param name="CiHigh">Upper end of the 95% CI.</param>
public sealed record PairedDifference(long N, double MeanA, double MeanB, double Mean, double CiLow, double CiHigh)
{
    /// <summary>True when the interval excludes zero.</summary>
    public bool IsClear => CiLow > 0 || CiHigh < 0;

    /// <summary>Compares paired samples; index i of both lists is the same replication.</summary>
    /// <exception cref="ArgumentException">The samples differ in length.</exception>
    public static PairedDifference Of(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"paired samples differ in length: {a.Count} and {b.Count}", nameof(b));
        }

        var sa = new RunningStatistics();
        var sb = new RunningStatistics();
        var d = new RunningStatistics();
        for (int i = 0; i < a.Count; i++)
        {
            if (double.IsNaN(a[i]) || double.IsNaN(b[i]))
            {
                continue;
            }

            sa.Push(a[i]);
            sb.Push(b[i]);
            d.Push(b[i] - a[i]);
        }

        long n = d.Count;
        if (n == 0)
        {
            return new PairedDifference(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double half = n >= 2 ? StudentT.InvCDF(0, 1, n - 1, 0.975) * d.StandardDeviation / Math.Sqrt(n) : double.NaN;
        return new PairedDifference(n, sa.Mean, sb.Mean, d.Mean, d.Mean - half, d.Mean + half);
    }
}
