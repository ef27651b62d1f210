using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace TeamSim.Experiments.March;

/// <summary>Mean, sample SD and Student-t 95% interval of a sample, pushed in a fixed order so results are deterministic.</summary>
internal static class MarchStatistics
{
    /// <summary>Summarises <paramref name="values"/>; SD and CI are NaN for fewer than two values.</summary>
    public static (double Mean, double Sd, double Low, double High) Summarise(ReadOnlySpan<double> values)
    {
        var statistics = new RunningStatistics();
        foreach (double v in values)
        {
            statistics.Push(v);
        }

        return Summarise(statistics);
    }

    /// <summary>Summarises values already pushed (in a fixed order); SD and CI are NaN for fewer than two values.</summary>
    public static (double Mean, double Sd, double Low, double High) Summarise(RunningStatistics statistics)
    {
        double mean = statistics.Mean;
        if (statistics.Count < 2)
        {
            return (mean, double.NaN, double.NaN, double.NaN);
        }

        double sd = statistics.StandardDeviation;
        double halfWidth = StudentT.InvCDF(0, 1, statistics.Count - 1, 0.975) * sd / Math.Sqrt(statistics.Count);
        return (mean, sd, mean - halfWidth, mean + halfWidth);
    }
}
