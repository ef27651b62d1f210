using TeamSim.Core.Models;

namespace TeamSim.Analysis.Statistics;

/// <summary>
/// A 95% confidence interval of a mean that cannot leave the metric's range: a Student-t interval on a
/// scale where the range is the whole real line, mapped back. Log scale for metrics bounded on one side
/// (log(mean - lower), or log(upper - mean)); logit scale for metrics bounded on both sides (logit of the
/// mean's position in [lower, upper]); the plain t interval for unbounded metrics. The standard error on
/// the transformed scale comes from the delta method (se / |g'(mean)|), so the interval needs only n,
/// mean and sd and is the same whatever order or thread produced them.
/// </summary>
/// <remarks>
/// Near a bound the interval is asymmetric: long on the open side, short toward the bound. When every value
/// sits on a bound (mean on the bound, sd 0) the interval is that point. With fewer than two values there is
/// no interval (NaN, NaN). See docs/OUTPUTS.md, "Intervals". The CSV files, plots, report and the explorer
/// all use this one implementation.
/// </remarks>
public static class BoundedInterval
{
    /// <summary>The 95% interval of the mean of <paramref name="n"/> values with sample sd <paramref name="sd"/>, inside <paramref name="bounds"/>.</summary>
    public static (double Low, double High) Mean95(double mean, double sd, long n, MetricBounds bounds)
    {
        if (n < 2 || double.IsNaN(mean) || double.IsNaN(sd))
        {
            return (double.NaN, double.NaN);
        }

        double halfT = StudentT95.Critical(n - 1) * sd / Math.Sqrt(n);
        if (!(halfT > 0))
        {
            return (mean, mean);
        }

        if (bounds.HasLower && bounds.HasUpper)
        {
            double width = bounds.Upper - bounds.Lower;
            double p = (mean - bounds.Lower) / width;
            if (p <= 0 || p >= 1)
            {
                double edge = p <= 0 ? bounds.Lower : bounds.Upper;
                return (edge, edge);
            }

            // logit scale: d logit(p) / d mean = 1 / (width p (1 - p)).
            double z = Math.Log(p / (1 - p));
            double h = halfT / (width * p * (1 - p));
            return (bounds.Lower + (width * Logistic(z - h)), bounds.Lower + (width * Logistic(z + h)));
        }

        if (bounds.HasLower || bounds.HasUpper)
        {
            // log scale of the distance from the bound: d log(q) / d mean = 1 / q.
            double q = bounds.HasLower ? mean - bounds.Lower : bounds.Upper - mean;
            if (q <= 0)
            {
                double edge = bounds.HasLower ? bounds.Lower : bounds.Upper;
                return (edge, edge);
            }

            double near = q * Math.Exp(-halfT / q);
            double far = q * Math.Exp(halfT / q);
            return bounds.HasLower
                ? (bounds.Lower + near, bounds.Lower + far)
                : (bounds.Upper - far, bounds.Upper - near);
        }

        return (mean - halfT, mean + halfT);
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
