using MathNet.Numerics.Distributions;
using TeamSim.Analysis.Statistics;

namespace TeamSim.Analysis.Tests.Statistics;

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
    public void Median_difference_and_probability_of_superiority_count_a_tie_as_half()
    {
        // Differences b - a = 1, 2, 2, 0, 2: median 2; b is higher in 4 pairs and ties in 1, so (4 + 0.5) / 5 = 0.9.
        PairedContrast c = PairedContrast.Of([1, 2, 3, 4, 5], [2, 4, 5, 4, 7]);
        Assert.Equal(2, c.MedianDifference);
        Assert.Equal(4, c.Higher);
        Assert.Equal(1, c.Ties);
        Assert.Equal(0.9, c.ProbabilityOfSuperiority, 12);
        Assert.Equal(0.46294398253247676, c.SuperiorityCiLow, 9);   // Wilson score interval for 4.5 of 5, z = 1.959964
        Assert.Equal(0.9894700456409833, c.SuperiorityCiHigh, 9);
    }

    [Fact]
    public void A_pair_with_an_undefined_value_is_skipped_by_the_median_and_the_probability_of_superiority()
    {
        // Pairs (5,3) (1,1) (NaN,9) (3,6) (2,2) (4,8): differences -2, 0, 3, 0, 4 on n = 5; median 0 although the mean is 1.
        PairedContrast c = PairedContrast.Of([5, 1, double.NaN, 3, 2, 4], [3, 1, 9, 6, 2, 8]);
        Assert.Equal(5, c.N);
        Assert.Equal(1, c.MeanDifference, 12);
        Assert.Equal(0, c.MedianDifference);

        // b higher in 2 pairs, 2 ties: (2 + 1) / 5 = 0.6; Wilson 95% interval for 3 of 5 is 0.2307 to 0.8824.
        Assert.Equal(0.6, c.ProbabilityOfSuperiority, 12);
        Assert.Equal(0.2307242812760128, c.SuperiorityCiLow, 9);
        Assert.Equal(0.882379225767352, c.SuperiorityCiHigh, 9);
    }

    [Fact]
    public void The_median_of_an_even_number_of_differences_is_the_mean_of_the_two_middle_ones()
    {
        PairedContrast c = PairedContrast.Of([0, 0, 0, 0], [10, 1, 4, 2]);
        Assert.Equal(3, c.MedianDifference);
        Assert.Equal(4.25, c.MeanDifference);
    }

    [Fact]
    public void When_lower_is_better_b_is_better_in_the_pairs_where_it_is_lower_ties_half()
    {
        PairedContrast c = PairedContrast.Of([5, 1, double.NaN, 3, 2, 4], [3, 1, 9, 6, 2, 8]);

        // b lower in 1 pair, 2 ties: (1 + 1) / 5 = 0.4, the mirror image of 0.6 and its interval.
        Superiority lower = c.ProbabilityBetter(lowerIsBetter: true);
        Assert.Equal(0.4, lower.Probability, 12);
        Assert.Equal(0.11762077423264783, lower.CiLow, 9);
        Assert.Equal(0.769275718723987, lower.CiHigh, 9);
        Assert.Equal(new Superiority(c.ProbabilityOfSuperiority, c.SuperiorityCiLow, c.SuperiorityCiHigh), c.ProbabilityBetter(lowerIsBetter: false));
    }

    [Theory]
    [InlineData(new double[] { 1 }, new double[] { 2 }, 1, 0.20654931437723745, 1)]
    [InlineData(new double[] { 2 }, new double[] { 1 }, 0, 0, 0.79345068562276255)]
    [InlineData(new double[] { 1 }, new double[] { 1 }, 0.5, 0.05462075552885198, 0.945379244471148)]
    public void With_one_pair_the_interval_still_lies_within_zero_and_one(double[] a, double[] b, double p, double low, double high)
    {
        PairedContrast c = PairedContrast.Of(a, b);
        Assert.Equal(p, c.ProbabilityOfSuperiority);
        Assert.Equal(low, c.SuperiorityCiLow, 9);
        Assert.Equal(high, c.SuperiorityCiHigh, 9);
        Assert.InRange(c.SuperiorityCiLow, 0, 1);
        Assert.InRange(c.SuperiorityCiHigh, 0, 1);
        Assert.True(double.IsNaN(c.CiLow)); // the t interval needs two pairs
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(1000)]
    public void When_b_wins_every_pair_the_interval_ends_exactly_at_one_and_when_it_loses_every_pair_at_zero(int n)
    {
        double[] a = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        double[] b = a.Select(x => (x * 3) + 1).ToArray();

        PairedContrast wins = PairedContrast.Of(a, b);
        Assert.Equal(1, wins.ProbabilityOfSuperiority);
        Assert.Equal(1, wins.SuperiorityCiHigh);
        Assert.Equal(n / (n + (1.959963984540054 * 1.959963984540054)), wins.SuperiorityCiLow, 9); // Wilson lower bound for n of n
        Assert.InRange(wins.SuperiorityCiLow, 0, 1);

        PairedContrast losses = PairedContrast.Of(b, a);
        Assert.Equal(0, losses.ProbabilityOfSuperiority);
        Assert.Equal(0, losses.SuperiorityCiLow);
        Assert.Equal(1 - wins.SuperiorityCiLow, losses.SuperiorityCiHigh, 12);
    }

    [Fact]
    public void Without_pairs_the_median_and_the_probability_of_superiority_are_undefined()
    {
        PairedContrast c = PairedContrast.Of([double.NaN, 1], [2, double.NaN]);
        Assert.Equal(0, c.N);
        Assert.True(double.IsNaN(c.MedianDifference));
        Assert.True(double.IsNaN(c.ProbabilityOfSuperiority));
        Assert.True(double.IsNaN(c.SuperiorityCiLow));
        Assert.True(double.IsNaN(c.SuperiorityCiHigh));
        Assert.True(double.IsNaN(c.ProbabilityBetter(lowerIsBetter: true).Probability));
    }

    [Theory]
    [InlineData(-0.5, 3)]
    [InlineData(3.5, 3)]
    [InlineData(1, -1)]
    public void Wilson_refuses_successes_outside_zero_to_n(double successes, long n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Superiority.Wilson(successes, n));

    [Fact]
    public void Samples_of_different_length_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PairedContrast.Of([1, 2], [1]));
    }
}
