using TeamSim.Analysis.Statistics;
using TeamSim.Core.March1991;
using TeamSim.Core.Models;
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
    public void The_interval_of_an_unbounded_sample_uses_the_student_t_quantile()
    {
        // Two values 0 and 1: mean 0.5, sd 1/sqrt 2, half-width t(0.975, 1) * sd / sqrt 2 = 12.7062 / 2.
        var (mean, sd, low, high) = MarchStatistics.Summarise([0.0, 1.0], MetricBounds.Unbounded);
        Assert.Equal(0.5, mean, 12);
        Assert.Equal(Math.Sqrt(0.5), sd, 12);
        Assert.Equal(0.5 - 6.3531, low, 3);
        Assert.Equal(0.5 + 6.3531, high, 3);
    }

    [Fact]
    public void Equilibrium_knowledge_intervals_stay_inside_its_declared_range_of_minus_1_to_1()
    {
        MetricBounds bounds = MarchMetrics.Run[MarchMetrics.EquilibriumKnowledgeIndex].Bounds;
        Assert.Equal(new MetricBounds(-1, 1), bounds);

        // Three runs near the top of the range: the plain t interval would reach past 1.
        var (mean, _, low, high) = MarchStatistics.Summarise([0.6, 1.0, 1.0], bounds);
        Assert.True(mean + (StudentT95.Critical(2) * 0.2309 / Math.Sqrt(3)) > 1, "the plain t interval would stay inside, so the case tests nothing");
        Assert.InRange(low, -1, mean);
        Assert.InRange(high, mean, 1);
        Assert.True(high < 1);

        // Every row Figure 1 computes at n = 3 stays inside the range.
        foreach (MarchFigure1Row row in MarchFigure1.Compute(new MarchFigure1Options([0.1, 0.9], [0.1, 0.9], 3, MasterSeed: 4)))
        {
            Assert.InRange(row.Ci95Low, -1, row.MeanKnowledge);
            Assert.InRange(row.Ci95High, row.MeanKnowledge, 1);
        }

        // So does every period of an open system, whose code starts at 0 knowledge.
        foreach (MarchTimePoint point in MarchOpenSystem.Compute(new MarchOpenSystemOptions(0.5, 0.5, 0.1, 0.02, Horizon: 30, Iterations: 3, MasterSeed: 4)))
        {
            Assert.True(double.IsNaN(point.Ci95Low) || (point.Ci95Low >= -1 && point.Ci95High <= 1), $"period {point.Period}: [{point.Ci95Low}, {point.Ci95High}]");
        }
    }

    [Fact]
    public void Every_march_metric_declares_a_range()
    {
        foreach (MetricDefinition metric in MarchMetrics.Tick.Concat(MarchMetrics.Run))
        {
            Assert.True(metric.Bounds.HasLower, $"{metric.Name} has no lower bound");
        }

        Assert.Equal(MetricBounds.UnitInterval, MarchMetrics.Tick[MarchMetrics.Tick.IndexOfName("belief_diversity")].Bounds);
        Assert.Equal(MetricBounds.NonNegative, MarchMetrics.Run[MarchMetrics.PeriodsIndex].Bounds);
        Assert.Equal(MarchMetrics.Score, MarchMetrics.Tick[MarchMetrics.CodeKnowledgeIndex].Bounds);
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

        var (mean, sd, low, high) = MarchStatistics.Summarise(knowledge, MarchMetrics.Score);
        Assert.Equal(new MarchFigure1Row(0.9, 0.9, iterations, mean, sd, low, high, periods / iterations, 0), row);
    }
}
