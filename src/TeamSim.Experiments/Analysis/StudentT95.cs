using MathNet.Numerics.Distributions;

namespace TeamSim.Experiments.Analysis;

/// <summary>Two-sided 95% critical values of Student's t (MathNet), cached for small degrees of freedom.</summary>
public static class StudentT95
{
    private static readonly double[] Cache = Enumerable.Range(0, 1001).Select(df => df == 0 ? double.NaN : StudentT.InvCDF(0, 1, df, 0.975)).ToArray();

    /// <summary>t such that P(|T| &lt;= t) = 0.95 for <paramref name="degreesOfFreedom"/> &gt;= 1; NaN otherwise.</summary>
    public static double Critical(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom >= 1))
        {
            return double.NaN;
        }

        return degreesOfFreedom < Cache.Length && degreesOfFreedom == Math.Floor(degreesOfFreedom)
            ? Cache[(int)degreesOfFreedom]
            : StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
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
