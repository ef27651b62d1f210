using TeamSim.Analysis.Csv;

namespace TeamSim.Analysis.Tests.Csv;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("inquiry+rotation", "inquiry+rotation")]
    [InlineData("", "")]
    public void Text_cells_that_a_spreadsheet_would_execute_are_neutralised(string text, string expected)
    {
        Assert.Equal(expected, CsvCells.Text(text));
    }

    [Theory]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-20, "1E-20")]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Numbers_are_invariant_round_trip_and_never_neutralised(double value, string expected)
    {
        Assert.Equal(expected, CsvCells.Number(value));
    }
}
