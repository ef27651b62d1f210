using TeamSim.Experiments.March;

namespace TeamSim.Experiments.Tests.March;

public sealed class MarchFigure1Tests(MarchFigure1Fixture grid) : IClassFixture<MarchFigure1Fixture>
{
    /// <summary>True when a's mean exceeds b's by more than 1.96 standard errors of the difference (independent cells).</summary>
    private static bool ClearlyAbove(MarchFigure1Row a, MarchFigure1Row b)
    {
        double standardError = Math.Sqrt(((a.Sd * a.Sd) / a.Iterations) + ((b.Sd * b.Sd) / b.Iterations));
        return a.MeanKnowledge - b.MeanKnowledge > 1.96 * standardError;
    }

    [Fact]
    public void When_the_code_learns_fast_knowledge_falls_as_socialisation_rises()
    {
        Assert.True(ClearlyAbove(grid.Cell(0.1, 0.9), grid.Cell(0.5, 0.9)));
        Assert.True(ClearlyAbove(grid.Cell(0.5, 0.9), grid.Cell(0.9, 0.9)));
    }

    [Fact]
    public void Slow_socialisation_with_fast_code_learning_gives_the_most_knowledge()
    {
        MarchFigure1Row best = grid.Cell(0.1, 0.9);
        foreach (MarchFigure1Row other in grid.Rows.Where(r => r != best))
        {
            Assert.True(ClearlyAbove(best, other), $"p1 = {other.P1}, p2 = {other.P2}: {other.MeanKnowledge} vs {best.MeanKnowledge}");
        }
    }

    [Fact]
    public void Every_closed_run_reaches_equilibrium_and_faster_socialisation_gets_there_sooner()
    {
        Assert.All(grid.Rows, r => Assert.Equal(0, r.CapHits));
        foreach (double p2 in new[] { 0.1, 0.5, 0.9 })
        {
            Assert.True(grid.Cell(0.1, p2).MeanPeriods > grid.Cell(0.5, p2).MeanPeriods);
            Assert.True(grid.Cell(0.5, p2).MeanPeriods > grid.Cell(0.9, p2).MeanPeriods);
        }
    }

    [Fact]
    public void Rows_come_p2_major_with_a_confidence_interval_around_each_mean()
    {
        Assert.Equal([0.1, 0.5, 0.9, 0.1, 0.5, 0.9, 0.1, 0.5, 0.9], grid.Rows.Select(r => r.P1));
        Assert.Equal([0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.9, 0.9, 0.9], grid.Rows.Select(r => r.P2));
        Assert.All(grid.Rows, r =>
        {
            Assert.Equal(MarchFigure1Fixture.Iterations, r.Iterations);
            Assert.InRange(r.MeanKnowledge, r.Ci95Low, r.Ci95High);
            Assert.True(r.Sd > 0);
        });
    }

    [Fact]
    public void The_table_is_identical_for_one_thread_and_many()
    {
        var options = new MarchFigure1Options([0.2, 0.8], [0.5, 0.9], 120, MasterSeed: 9, MaxDegreeOfParallelism: 1);
        var single = MarchFigure1.Compute(options);
        var many = MarchFigure1.Compute(options with { MaxDegreeOfParallelism = 8 });
        var all = MarchFigure1.Compute(options with { MaxDegreeOfParallelism = -1 });

        Assert.Equal(single, many);
        Assert.Equal(single, all);
    }

    [Fact]
    public void A_different_seed_gives_a_different_table()
    {
        var options = new MarchFigure1Options([0.3], [0.5], 100, MasterSeed: 1);
        var first = MarchFigure1.Compute(options);
        var again = MarchFigure1.Compute(options);
        var other = MarchFigure1.Compute(options with { MasterSeed = 2 });

        Assert.Equal(first, again);
        Assert.NotEqual(first[0].MeanKnowledge, other[0].MeanKnowledge);
    }

    [Theory]
    [InlineData(new[] { 1.5 }, new[] { 0.5 }, 10, "P1[0]")]
    [InlineData(new[] { 0.5 }, new double[0], 10, "P2")]
    [InlineData(new[] { 0.5 }, new[] { 0.5 }, 0, "Iterations")]
    public void Out_of_range_options_are_refused_naming_the_field(double[] p1, double[] p2, int iterations, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => MarchFigure1.Compute(new MarchFigure1Options(p1, p2, iterations)));
        Assert.StartsWith(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interval_uses_the_student_t_quantile()
    {
        // Two values 0 and 1: mean 0.5, sd 1/sqrt 2, half-width t(0.975, 1) * sd / sqrt 2 = 12.7062 / 2.
        var (mean, sd, low, high) = MarchStatistics.Summarise([0.0, 1.0]);
        Assert.Equal(0.5, mean, 12);
        Assert.Equal(Math.Sqrt(0.5), sd, 12);
        Assert.Equal(0.5 - 6.3531, low, 3);
        Assert.Equal(0.5 + 6.3531, high, 3);
    }

    [Fact]
    public void A_cell_larger_than_one_block_equals_its_runs_summarised_in_order()
    {
        const int iterations = MarchFigure1.BlockSize + 300;
        var options = new MarchFigure1Options([0.9], [0.9], iterations, MasterSeed: 12);
        MarchFigure1Row row = MarchFigure1.Compute(options).Single();

        var parameters = TeamSim.Core.March1991.MarchParameters.Registry.Defaults().With("p1", 0.9).With("p2", 0.9);
        var knowledge = new double[iterations];
        double periods = 0;
        for (int r = 0; r < iterations; r++)
        {
            (knowledge[r], double p, _) = MarchFigure1.RunToEquilibrium(parameters, new TeamSim.Core.Random.RunSeeds(12, 0, r));
            periods += p;
        }

        var (mean, sd, low, high) = MarchStatistics.Summarise(knowledge);
        Assert.Equal(new MarchFigure1Row(0.9, 0.9, iterations, mean, sd, low, high, periods / iterations, 0), row);
    }
}
