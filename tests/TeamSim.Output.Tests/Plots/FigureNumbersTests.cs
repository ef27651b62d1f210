using TeamSim.Output.Plots;

namespace TeamSim.Output.Tests.Plots;

public sealed class FigureNumbersTests
{
    [Theory]
    [InlineData(8000, 9000, 8662.4, "8,662")]
    [InlineData(0.1, 0.9, 0.52345, "0.523")]
    [InlineData(12, 48, 45.27, "45.3")]
    [InlineData(1_000_000, 5_000_000, 4_321_987, "4,321,987")]
    [InlineData(-0.004, 0.002, -0.0000001, "0.00000")]
    public void Values_have_thousands_separators_no_exponent_and_the_figures_decimals(double low, double high, double value, string expected) =>
        Assert.Equal(expected, FigureNumbers.For(low, high).Format(value));

    [Fact]
    public void Ticks_step_by_1_2_or_5_and_are_written_in_the_format_of_the_cells()
    {
        FigureNumbers numbers = FigureNumbers.For(8580, 9420);

        (double[] positions, string[] labels) = numbers.Ticks(8580, 9420);

        Assert.Equal([8600, 8800, 9000, 9200, 9400], positions);
        Assert.Equal(["8,600", "8,800", "9,000", "9,200", "9,400"], labels);
        Assert.Equal("8,662", numbers.Format(8662.4));
    }

    [Fact]
    public void A_tick_step_finer_than_three_significant_digits_gets_the_decimals_it_needs()
    {
        FigureNumbers numbers = FigureNumbers.For(10.0, 10.5);

        (_, string[] labels) = numbers.Ticks(10.0, 10.5);

        Assert.Equal(["10.0", "10.1", "10.2", "10.3", "10.4", "10.5"], labels);
    }

    [Fact]
    public void Signed_percentages_carry_a_plus_sign_and_the_suffix()
    {
        FigureNumbers numbers = FigureNumbers.For(-100, 100, signed: true, suffix: "%");

        Assert.Equal("+12%", numbers.Format(12.2));
        Assert.Equal("-7%", numbers.Format(-7.4));
        Assert.Equal("0%", numbers.Format(-0.2));
        Assert.Equal(["-100%", "-50%", "0%", "+50%", "+100%"], numbers.Ticks(-100, 100).Labels);
    }

    [Theory]
    [InlineData(10000, "10,000")]
    [InlineData(0.125, "0.125")]
    [InlineData(123456, "123,000")]
    [InlineData(0.00012345, "0.000123")]
    public void A_factor_level_has_three_significant_digits_and_no_exponent(double value, string expected) =>
        Assert.Equal(expected, FigureNumbers.Compact(value));
}
