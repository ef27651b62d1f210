using TeamSim.Core.March1991;
using TeamSim.Core.Models;
using TeamSim.Core.Random;

namespace TeamSim.Core.Tests.March1991;

public sealed class MarchModelTests
{
    private static (List<double[]> Ticks, double[] Run) RunToEnd(IModel model)
    {
        var ticks = new List<double[]>();
        while (!model.IsFinished)
        {
            model.Step();
            var tick = new double[MarchMetrics.Tick.Count];
            model.WriteTickMetrics(tick);
            ticks.Add(tick);
        }

        var run = new double[MarchMetrics.Run.Count];
        model.WriteRunMetrics(run);
        return (ticks, run);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.1, 0.02)]
    public void The_same_seed_gives_the_same_numbers(double p3, double p4)
    {
        var parameters = MarchStates.Parameters(p1: 0.2, p2: 0.7, p3: p3, p4: p4);
        var first = RunToEnd(MarchStates.Model(parameters, seed: 42, replication: 3));
        var second = RunToEnd(MarchStates.Model(parameters, seed: 42, replication: 3));

        Assert.Equal(first.Run, second.Run);
        Assert.Equal(first.Ticks.Count, second.Ticks.Count);
        for (int t = 0; t < first.Ticks.Count; t++)
        {
            Assert.Equal(first.Ticks[t], second.Ticks[t]);
        }
    }

    [Fact]
    public void Different_replications_give_different_runs()
    {
        var parameters = MarchStates.Parameters(p1: 0.2, p2: 0.7);
        var runs = Enumerable.Range(0, 5).Select(r => RunToEnd(MarchStates.Model(parameters, seed: 42, replication: r))).ToList();

        // Periods to equilibrium vary from run to run; five identical counts would mean shared streams.
        Assert.True(runs.Select(r => r.Run[MarchMetrics.PeriodsIndex]).Distinct().Count() > 1);
        Assert.NotEqual(runs[0].Ticks[0], runs[1].Ticks[0]);
    }

    [Fact]
    public void An_open_system_runs_exactly_its_horizon()
    {
        var parameters = MarchStates.Parameters(p3: 0.1, p4: 0.02).With(MarchParameters.Horizon, 37);
        var model = MarchStates.Model(parameters);
        var (ticks, run) = RunToEnd(model);

        Assert.True(model.IsOpenSystem);
        Assert.Equal(37, ticks.Count);
        Assert.Equal(0.0, run[MarchMetrics.HitCapIndex]);
        Assert.Equal(0.0, run[3]);
    }

    [Fact]
    public void The_runner_tick_limit_bounds_a_closed_run_and_counts_as_the_cap()
    {
        var model = new March1991Factory().Create(MarchStates.Parameters(p1: 0.1, p2: 0.1), new RunSeeds(5, 0, 0), new ModelRunOptions(3));
        var (ticks, run) = RunToEnd(model);

        Assert.Equal(3, ticks.Count);
        Assert.Equal(1.0, run[MarchMetrics.HitCapIndex]);
    }

    [Fact]
    public void Turbulence_flips_reality_so_a_learned_code_loses_knowledge()
    {
        // A run that learned everything, then full turbulence (p4 = 1) flips every dimension.
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 1, p1: 0, p2: 0, p4: 1));
        model.SetReality([1, 1, 1, 1]);
        model.SetCode([1, 1, 1, 1]);
        model.ShiftReality();
        Assert.Equal(-1.0, model.CodeKnowledge);
    }

    [Fact]
    public void A_period_allocates_nothing()
    {
        var model = MarchStates.Model(MarchStates.Parameters(p1: 0.1, p2: 0.9, p3: 0.1, p4: 0.02).With(MarchParameters.Horizon, 1000));
        Span<double> tick = stackalloc double[MarchMetrics.Tick.Count];

        // Warm up first: a code path's first call may allocate in the runtime (type set-up), which
        // the thread's allocation counter sees; the claim is about periods once a run is going.
        for (int t = 0; t < 300; t++)
        {
            model.Step();
            model.WriteTickMetrics(tick);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 0; t < 200; t++)
        {
            model.Step();
            model.WriteTickMetrics(tick);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Stepping_a_finished_run_is_refused()
    {
        var model = MarchStates.Model(MarchStates.Parameters(p3: 0.1).With(MarchParameters.Horizon, 2));
        model.Step();
        model.Step();
        Assert.Throws<InvalidOperationException>(model.Step);
    }

    [Fact]
    public void The_factory_is_named_march1991_and_its_presets_are_valid_parameter_overrides()
    {
        var factory = new March1991Factory();
        Assert.Equal("march1991", factory.Name);
        Assert.NotEmpty(factory.PolicyPresets);
        foreach (var (name, overrides) in factory.PolicyPresets)
        {
            var parameters = factory.Parameters.Defaults();
            foreach (var (key, value) in overrides)
            {
                parameters = parameters.With(key, value);
            }

            Assert.IsType<MarchModel>(factory.Create(parameters, new RunSeeds(1, 0, 0), new ModelRunOptions(0)));
        }
    }

    [Fact]
    public void Parameters_of_another_model_are_refused()
    {
        var other = new TeamSim.Core.Parameters.ParameterRegistry([new("m", TeamSim.Core.Parameters.ParameterKind.Integer, 30, 1, 64, "x")]);
        Assert.Throws<ArgumentException>(() => new MarchModel(other.Defaults(), new RunSeeds(1, 0, 0), new ModelRunOptions(0)));
    }

    [Fact]
    public void Sixty_four_dimensions_use_every_bit_of_the_masks()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 64, n: 1, p1: 1, p2: 1));
        model.SetReality(MarchStates.Repeat(-1, 64));
        model.SetCode(MarchStates.Repeat(0, 64));
        model.SetBeliefs(0, MarchStates.Repeat(-1, 64));

        model.Step();

        Assert.Equal(1.0, model.CodeKnowledge);
        Assert.True(model.IsFinished);
    }
}
