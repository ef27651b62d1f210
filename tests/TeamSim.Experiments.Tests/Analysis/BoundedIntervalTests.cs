using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Analysis;

namespace TeamSim.Experiments.Tests.Analysis;

public sealed class BoundedIntervalTests
{
    [Fact]
    public void A_skewed_count_whose_t_interval_goes_below_zero_gets_a_positive_interval()
    {
        double[] values = [0, 1, 30];
        SampleSummary t = SampleSummary.Of(values);
        SampleSummary bounded = SampleSummary.Of(values, MetricBounds.NonNegative);

        Assert.True(t.CiLow < 0, "the premise: the plain t interval leaves the range");
        Assert.InRange(bounded.CiLow, 0, bounded.Mean);
        Assert.True(bounded.CiHigh > bounded.Mean);
    }

    [Fact]
    public void A_share_near_one_gets_an_interval_inside_zero_and_one()
    {
        double[] values = [0.6, 1, 1];
        SampleSummary t = SampleSummary.Of(values);
        SampleSummary bounded = SampleSummary.Of(values, MetricBounds.UnitInterval);

        Assert.True(t.CiHigh > 1, "the premise: the plain t interval leaves the range");
        Assert.InRange(bounded.CiLow, 0, bounded.Mean);
        Assert.InRange(bounded.CiHigh, bounded.Mean, 1);
    }

    [Fact]
    public void Far_from_the_bounds_the_interval_is_close_to_the_t_interval()
    {
        double[] values = [100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1];
        SampleSummary t = SampleSummary.Of(values);
        SampleSummary bounded = SampleSummary.Of(values, MetricBounds.NonNegative);

        Assert.Equal(t.CiLow, bounded.CiLow, 0.01);
        Assert.Equal(t.CiHigh, bounded.CiHigh, 0.01);
    }

    [Fact]
    public void Values_all_on_a_bound_give_that_point()
    {
        Assert.Equal((0.0, 0.0), BoundedInterval.Mean95(0, 0, 5, MetricBounds.NonNegative));
        Assert.Equal((1.0, 1.0), BoundedInterval.Mean95(1, 0, 5, MetricBounds.UnitInterval));
    }

    [Fact]
    public void One_value_gives_no_interval()
    {
        SampleSummary one = SampleSummary.Of([3.0], MetricBounds.NonNegative);
        Assert.Equal(1, one.N);
        Assert.True(double.IsNaN(one.CiLow) && double.IsNaN(one.CiHigh));
    }

    [Fact]
    public void An_unbounded_metric_keeps_the_student_t_interval()
    {
        double[] values = [-3, 1, 2, 8];
        SampleSummary s = SampleSummary.Of(values);
        double half = StudentT95.Critical(3) * s.Sd / 2;
        Assert.Equal(s.Mean - half, s.CiLow, 12);
        Assert.Equal(s.Mean + half, s.CiHigh, 12);
    }

    [Theory]
    [InlineData(0.05, 0.2, 3)]
    [InlineData(0.5, 0.4, 2)]
    [InlineData(0.99, 0.05, 4)]
    [InlineData(0.001, 0.003, 10)]
    public void Shares_stay_in_the_unit_interval_and_contain_the_mean(double mean, double sd, long n)
    {
        (double low, double high) = BoundedInterval.Mean95(mean, sd, n, MetricBounds.UnitInterval);
        Assert.InRange(low, 0, mean);
        Assert.InRange(high, mean, 1);
    }
}
