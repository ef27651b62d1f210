using MathNet.Numerics.Distributions;

namespace TeamSim.Analysis.Statistics;

/// <summary>
/// A share of paired replications won, in [0, 1], with its 95% Wilson score interval, which also
/// stays inside [0, 1] for one pair and for a share of 0 or 1.
/// </summary>
/// <param name="Probability">Share of pairs won, a tie counting half; NaN without pairs.</param>
/// <param name="CiLow">Lower end of the 95% Wilson score interval, in [0, 1]; NaN without pairs.</param>
/// <param name="CiHigh">Upper end of the 95% Wilson score interval, in [0, 1]; NaN without pairs.</param>
public sealed record Superiority(double Probability, double CiLow, double CiHigh)
{
    private static readonly double Z = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The share <paramref name="successes"/> / <paramref name="n"/> with its 95% Wilson score interval.</summary>
    /// <param name="successes">Pairs won, ties counted as one half, in [0, n].</param>
    /// <param name="n">Pairs; 0 gives NaN everywhere.</param>
    /// <remarks>
    /// Wilson (1927), J. Am. Stat. Assoc. 22: 209-212: the interval of p where |p̂ - p| &lt;= z sqrt(p (1 - p) / n),
    /// with z the normal 97.5% quantile (MathNet). Ties make <paramref name="successes"/> fractional; the
    /// formula takes that as it is (a tie is half a win and half a loss).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="successes"/> outside [0, n].</exception>
    public static Superiority Wilson(double successes, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(successes >= 0 && successes <= n))
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"successes must lie in [0, {n}]");
        }

        if (n == 0)
        {
            return new Superiority(double.NaN, double.NaN, double.NaN);
        }

        double p = successes / n;
        double z2 = Z * Z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2.0 * n))) / denominator;
        double half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;

        // Exactly 0 or 1 when every pair was lost or won; the clamp only removes rounding.
        double low = p == 0 ? 0 : Math.Clamp(centre - half, 0, 1);
        double high = p == 1 ? 1 : Math.Clamp(centre + half, 0, 1);
        return new Superiority(p, low, high);
    }
}
