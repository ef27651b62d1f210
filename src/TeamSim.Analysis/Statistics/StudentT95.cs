using MathNet.Numerics.Distributions;

namespace TeamSim.Analysis.Statistics;

/// <summary>Two-sided 95% critical values of Student's t (MathNet), cached for small degrees of freedom.</summary>
public static class StudentT95
{
    // Filled on first use (0 = not yet computed): InvCDF is a root search, and the browser explorer should
    // not pay for a thousand of them at start-up. Threads that race write the same value.
    private static readonly double[] Cache = new double[1001];

    /// <summary>t such that P(|T| &lt;= t) = 0.95 for <paramref name="degreesOfFreedom"/> &gt;= 1; NaN otherwise.</summary>
    public static double Critical(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom >= 1))
        {
            return double.NaN;
        }

        if (degreesOfFreedom >= Cache.Length || degreesOfFreedom != Math.Floor(degreesOfFreedom))
        {
            return StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
        }

        int df = (int)degreesOfFreedom;
        double critical = Cache[df];
        if (critical == 0)
        {
            critical = StudentT.InvCDF(0, 1, df, 0.975);
            Cache[df] = critical;
        }

        return critical;
    }

    /// <summary>Two-sided p-value of a t statistic with <paramref name="degreesOfFreedom"/>; NaN when undefined.</summary>
    public static double TwoSidedP(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t) || !(degreesOfFreedom >= 1))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        return 2 * StudentT.CDF(0, 1, degreesOfFreedom, -Math.Abs(t));
    }
}
