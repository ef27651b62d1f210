using MathNet.Numerics.Distributions;
using TeamSim.Analysis.Statistics;

namespace TeamSim.Analysis.Tests.Statistics;

public sealed class StudentT95Tests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(29)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(2.5)]
    public void The_critical_value_is_MathNets_quantile_whether_cached_or_not(double df)
    {
        double expected = StudentT.InvCDF(0, 1, df, 0.975);

        Assert.Equal(expected, StudentT95.Critical(df));
        Assert.Equal(expected, StudentT95.Critical(df));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void Fewer_than_one_degree_of_freedom_has_no_critical_value(double df) =>
        Assert.True(double.IsNaN(StudentT95.Critical(df)));
}
