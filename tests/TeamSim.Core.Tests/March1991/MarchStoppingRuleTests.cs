using TeamSim.Core.March1991;

namespace TeamSim.Core.Tests.March1991;

public sealed class MarchStoppingRuleTests
{
    [Fact]
    public void A_closed_system_is_at_equilibrium_when_everyone_holds_a_complete_code()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 3));
        model.SetReality([1, -1, 1, 1]);
        model.SetCode([1, -1, -1, 1]);
        for (int i = 0; i < 3; i++)
        {
            model.SetBeliefs(i, [1, -1, -1, 1]);
        }

        Assert.True(model.IsAtEquilibrium());
    }

    [Fact]
    public void A_zero_in_the_shared_code_is_no_equilibrium_because_a_coin_could_beat_the_code()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 3));
        model.SetReality([1, -1, 1, 1]);
        model.SetCode([1, -1, 0, 1]);
        for (int i = 0; i < 3; i++)
        {
            model.SetBeliefs(i, [1, -1, 0, 1]);
        }

        Assert.False(model.IsAtEquilibrium());
    }

    [Fact]
    public void One_member_who_differs_from_the_code_prevents_equilibrium()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 3));
        model.SetReality([1, -1, 1, 1]);
        model.SetCode([1, -1, 1, 1]);
        model.SetBeliefs(0, [1, -1, 1, 1]);
        model.SetBeliefs(1, [1, -1, 1, 1]);
        model.SetBeliefs(2, [1, -1, 1, -1]);

        Assert.False(model.IsAtEquilibrium());
    }

    [Fact]
    public void Judged_by_beliefs_a_shared_code_with_zeros_is_already_an_equilibrium()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 2, byBeliefs: true));
        model.SetReality([1, -1, 1, 1]);
        model.SetCode([1, -1, 0, 1]);
        model.SetBeliefs(0, [1, -1, 0, 1]);
        model.SetBeliefs(1, [1, -1, 0, 1]);

        Assert.True(model.IsAtEquilibrium());
    }

    [Fact]
    public void The_stop_check_runs_after_the_code_has_learned_in_the_same_period()
    {
        // One member who knows reality and never moves; a code that learns for sure. After period 1
        // the code equals the member, so the run stops at once rather than a period later.
        var model = MarchStates.Model(MarchStates.Parameters(m: 5, n: 1, p1: 0, p2: 1));
        model.SetReality([1, -1, 1, -1, 1]);
        model.SetCode([0, 0, 0, 0, 0]);
        model.SetBeliefs(0, [1, -1, 1, -1, 1]);

        model.Step();

        Assert.True(model.IsFinished);
        Assert.Equal(1, model.Tick);
        Assert.Equal(1.0, model.CodeKnowledge);
    }

    [Fact]
    public void A_closed_run_ends_with_every_member_holding_the_complete_code()
    {
        var model = MarchStates.Model(MarchStates.Parameters(p1: 0.3, p2: 0.5), seed: 11);
        while (!model.IsFinished)
        {
            model.Step();
        }

        var tick = new double[MarchMetrics.Tick.Count];
        var run = new double[MarchMetrics.Run.Count];
        model.WriteTickMetrics(tick);
        model.WriteRunMetrics(run);
        Assert.Equal(1.0, tick[5]);
        Assert.Equal(1.0, tick[6]);
        Assert.Equal(0.0, tick[7]);
        Assert.Equal(1.0, run[3]);
        Assert.Equal(0.0, run[MarchMetrics.HitCapIndex]);
        Assert.Equal(model.Tick, run[MarchMetrics.PeriodsIndex]);
    }

    [Fact]
    public void A_code_that_never_learns_runs_into_the_safety_cap_and_says_so()
    {
        var model = MarchStates.Model(MarchStates.Parameters(p2: 0, maxPeriods: 40));
        while (!model.IsFinished)
        {
            model.Step();
        }

        var run = new double[MarchMetrics.Run.Count];
        model.WriteRunMetrics(run);
        Assert.Equal(40, model.Tick);
        Assert.Equal(1.0, run[MarchMetrics.HitCapIndex]);
        Assert.Equal(0.0, run[3]);
        Assert.Equal(0.0, run[MarchMetrics.EquilibriumKnowledgeIndex]);
    }
}
