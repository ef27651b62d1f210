using MathNet.Numerics.Statistics;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;

namespace TeamSim.Experiments.March;

/// <summary>
/// Mean, sample SD and 95% interval of a sample, pushed in a fixed order so results are deterministic;
/// the interval stays inside the metric's range (<see cref="BoundedInterval"/>).
/// </summary>
internal static class MarchStatistics
{
    /// <summary>Summarises <paramref name="values"/>; SD and CI are NaN for fewer than two values.</summary>
    public static (double Mean, double Sd, double Low, double High) Summarise(ReadOnlySpan<double> values, MetricBounds bounds)
    {
        var statistics = new RunningStatistics();
        foreach (double v in values)
        {
            statistics.Push(v);
        }

        return Summarise(statistics, bounds);
    }

    /// <summary>Summarises values already pushed (in a fixed order); SD and CI are NaN for fewer than two values.</summary>
    public static (double Mean, double Sd, double Low, double High) Summarise(RunningStatistics statistics, MetricBounds bounds)
    {
        double mean = statistics.Mean;
        if (statistics.Count < 2)
        {
            return (mean, double.NaN, double.NaN, double.NaN);
        }

        double sd = statistics.StandardDeviation;
        (double low, double high) = BoundedInterval.Mean95(mean, sd, statistics.Count, bounds);
        return (mean, sd, low, high);
    }
}
