using TeamSim.Core.Models;
using TeamSim.Core.Random;
using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Experiments.Tests.Calibration;

public sealed class AbcSmcTests
{
    private const double TrueInquiry = 0.3;
    private const double TrueBlame = 0.6;

    /// <summary>Targets made from 50 runs of the fake model at the true values, with seeds no calibration uses.</summary>
    private static (double Damage, double Reported) TruthTargets()
    {
        var model = new FakeTeamModelFactory();
        var parameters = model.Parameters.Defaults().With("leader.inquiry", TrueInquiry).With("leader.blame", TrueBlame);
        double damage = 0, reported = 0;
        const int Runs = 50;
        var metrics = new double[model.RunMetrics.Count];
        for (int r = 0; r < Runs; r++)
        {
            IModel run = model.Create(parameters, new RunSeeds(987654321, 0, r), new ModelRunOptions(40));
            while (!run.IsFinished)
            {
                run.Step();
            }

            run.WriteRunMetrics(metrics);
            damage += metrics[model.RunMetrics.IndexOfName("total_damage")] / Runs;
            reported += metrics[model.RunMetrics.IndexOfName("errors_reported")] / Runs;
        }

        return (damage, reported);
    }

    private static CalibrationDefinition TruthCalibration()
    {
        (double damage, double reported) = TruthTargets();
        return CalibrationFiles.Load(CalibrationFiles.TwoFactors(damage, reported));
    }

    [Fact]
    public void Posterior_interval_covers_the_true_value_and_is_much_narrower_than_the_prior()
    {
        CalibrationDefinition definition = TruthCalibration();

        CalibrationOutcome outcome = AbcSmc.Run(definition, new MemoryCalibrationStore(), threads: 2);
        CalibrationSummary summary = CalibrationSummary.Of(definition, outcome.Posterior);

        double[] truth = [TrueInquiry, TrueBlame];
        for (int f = 0; f < 2; f++)
        {
            CalibrationFactorSummary s = summary.Factors[f];
            Assert.InRange(truth[f], s.Q05, s.Q95);
            Assert.True(s.IntervalShareOfPrior < 0.5, $"{s.Factor.Name}: 90% interval [{s.Q05}, {s.Q95}] is {s.IntervalShareOfPrior:P0} of the prior");
        }
    }

    [Fact]
    public void Tolerances_shrink_from_generation_to_generation()
    {
        CalibrationOutcome outcome = AbcSmc.Run(TruthCalibration(), new MemoryCalibrationStore(), threads: 1);

        Assert.Equal(5, outcome.Generations.Count);
        Assert.Equal("generations", outcome.StopReason);
        for (int g = 1; g < outcome.Generations.Count; g++)
        {
            Assert.True(outcome.Generations[g].Tolerance <= outcome.Generations[g - 1].Tolerance);
        }

        Assert.True(outcome.Generations[^1].Tolerance < outcome.Generations[0].Tolerance / 2);
        Assert.Equal(((120 + (4 * 60)) * 4L), outcome.Runs);
    }

    [Fact]
    public void The_posterior_does_not_depend_on_the_thread_count()
    {
        CalibrationDefinition definition = TruthCalibration();

        CalibrationOutcome one = AbcSmc.Run(definition, new MemoryCalibrationStore(), threads: 1);
        CalibrationOutcome two = AbcSmc.Run(definition, new MemoryCalibrationStore(), threads: 2);

        Assert.Equal(Flatten(one), Flatten(two));
    }

    [Fact]
    public void A_calibration_continued_after_an_interrupt_ends_where_an_uninterrupted_one_does()
    {
        CalibrationDefinition definition = TruthCalibration();
        using var cancel = new CancellationTokenSource();
        var store = new MemoryCalibrationStore(stopAfter: 2, cancel);

        Assert.ThrowsAny<OperationCanceledException>(() => AbcSmc.Run(definition, store, threads: 2, cancellationToken: cancel.Token));
        Assert.Equal(2, store.Generations.Count);
        CalibrationOutcome resumed = AbcSmc.Run(definition, store, threads: 2);
        CalibrationOutcome straight = AbcSmc.Run(definition, new MemoryCalibrationStore(), threads: 2);

        Assert.Equal(3 * 60 * 4L, resumed.RunsExecuted);
        Assert.Equal(Flatten(straight), Flatten(resumed));
    }

    [Fact]
    public void It_stops_when_the_acceptance_rate_falls_to_the_minimum()
    {
        (double damage, double reported) = TruthTargets();
        string json = CalibrationFiles.TwoFactors(damage, reported, generations: 30).Replace("\"min_acceptance\": 0", "\"min_acceptance\": 0.2", StringComparison.Ordinal);

        CalibrationOutcome outcome = AbcSmc.Run(CalibrationFiles.Load(json), new MemoryCalibrationStore(), threads: 2);

        Assert.Equal("min_acceptance", outcome.StopReason);
        Assert.True(outcome.Generations.Count < 30);
        Assert.True(outcome.Generations[^1].AcceptanceRate <= 0.2);
        Assert.All(outcome.Generations.SkipLast(1).Skip(1), g => Assert.True(g.AcceptanceRate > 0.2));
    }

    [Fact]
    public void The_distance_is_the_root_sum_of_squared_misses_in_target_sds()
    {
        CalibrationTarget[] targets = [new("a", 0, 1.0, 0.5), new("b", 1, 10.0, 2.0)];

        Assert.Equal(Math.Sqrt(4 + 2.25), AbcSmc.Distance(targets, [2.0, 7.0]), 12);
        Assert.Equal(double.PositiveInfinity, AbcSmc.Distance(targets, [2.0, double.NaN]));
    }

    private static double[] Flatten(CalibrationOutcome outcome) =>
        outcome.Generations.SelectMany(g => g.Particles.SelectMany(p => p.Unit.Append(p.Weight).Append(p.Distance)).Append(g.Tolerance)).ToArray();
}
