using MathNet.Numerics.Distributions;
using TeamSim.Experiments.Analysis;

namespace TeamSim.Experiments.Tests.Analysis;

public sealed class PairedContrastTests
{
    [Fact]
    public void A_hand_checked_paired_t_test()
    {
        // Differences b - a = 1, 2, 2, 0, 2: mean 1.4, variance 0.8, se = sqrt(0.8/5) = 0.4, t = 3.5 on 4 df.
        PairedContrast c = PairedContrast.Of([1, 2, 3, 4, 5], [2, 4, 5, 4, 7]);
        Assert.Equal(5, c.N);
        Assert.Equal(1.4, c.MeanDifference, 12);
        Assert.Equal(Math.Sqrt(0.8), c.SdDifference, 12);
        Assert.Equal(3.5, c.T, 10);
        Assert.Equal(4, c.Df);
        Assert.Equal(0.024896, c.PValue, 5);           // two-sided p of t = 3.5 on 4 df, by numerical integration
        Assert.Equal(2 * StudentT.CDF(0, 1, 4, -3.5), c.PValue, 12);
        Assert.Equal(1.4 - (2.7764451051977987 * 0.4), c.CiLow, 9);
        Assert.Equal(1.4 + (2.7764451051977987 * 0.4), c.CiHigh, 9);
        Assert.Equal(1.4 / Math.Sqrt(0.8), c.Dz, 12);
        Assert.Equal(1.4 / Math.Sqrt((2.5 + 3.3) / 2), c.CohensD, 12); // var(a) = 2.5, var(b) = 3.3
    }

    [Fact]
    public void Replications_with_an_undefined_value_on_either_side_are_dropped_in_pairs()
    {
        PairedContrast c = PairedContrast.Of([1, double.NaN, 3, 4], [2, 5, double.NaN, 6]);
        Assert.Equal(2, c.N);
        Assert.Equal(1.5, c.MeanDifference, 12);
    }

    [Fact]
    public void Identical_samples_have_zero_difference_and_no_t()
    {
        PairedContrast c = PairedContrast.Of([1, 2, 3], [1, 2, 3]);
        Assert.Equal(0, c.MeanDifference);
        Assert.True(double.IsNaN(c.T));
        Assert.True(double.IsNaN(c.PValue));
    }

    [Fact]
    public void Samples_of_different_length_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PairedContrast.Of([1, 2], [1]));
    }
}
