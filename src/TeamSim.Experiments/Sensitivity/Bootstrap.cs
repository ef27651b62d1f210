using MathNet.Numerics.Statistics;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.Sensitivity;

/// <summary>Percentile bootstrap helpers shared by the sensitivity estimators.</summary>
internal static class Bootstrap
{
    /// <summary>A seeded generator for the resampling of one output.</summary>
    public static Xoshiro256StarStar Random(ulong seed, ulong purpose) =>
        new(SplitMix64.Hash(seed, 0xB0075_72A9UL, purpose, 0));

    /// <summary>Draws n indices from [0, n) with replacement into <paramref name="indices"/>.</summary>
    public static void Resample(Span<int> indices, Xoshiro256StarStar random)
    {
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = random.Next(indices.Length);
        }
    }

    /// <summary>The percentile interval of bootstrap replicates at the given coverage; NaN bounds when there are none.</summary>
    public static (double Low, double High) Interval(double[] replicates, double level)
    {
        if (replicates.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        double tail = (1 - level) / 2;
        double[] sorted = (double[])replicates.Clone();
        Array.Sort(sorted);
        return (SortedArrayStatistics.Quantile(sorted, tail), SortedArrayStatistics.Quantile(sorted, 1 - tail));
    }
}
