using TeamSim.Analysis.Statistics;
using TeamSim.Explorer.Simulation;

namespace TeamSim.Explorer.Tests.Simulation;

public sealed class ExplorerSetupTests
{
    [Fact]
    public void A_setup_round_trips_through_the_share_link()
    {
        var setup = new ExplorerSetup { Ticks = 123, Replications = 17, Seed = 18_446_744_073_709_551_615 };
        setup.SetSituation("incidents.profile", 2);
        setup.SetSituation("errors.protocol", 1);
        setup.SetSituation("incidents.novelty", 0.35);
        setup.A.ApplyPreset("crisis-command");
        setup.B.Set("leader.inquiry", 0.25);

        ExplorerSetup back = ExplorerSetup.FromQuery("?" + setup.ToQuery());

        Assert.Equal(setup.ToQuery(), back.ToQuery());
        Assert.Equal(123, back.Ticks);
        Assert.Equal(17, back.Replications);
        Assert.Equal(18_446_744_073_709_551_615UL, back.Seed);
        Assert.Equal("crisis-command", back.A.Preset);
        Assert.Equal(0.25, back.B.Levers["leader.inquiry"]);
        Assert.Equal("inquiry-custom", back.B.Name);
        Assert.Equal(2, back.Situation["incidents.profile"]);
    }

    [Fact]
    public void Values_out_of_range_are_clamped_and_junk_is_ignored()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("a.leader.inquiry=7&b.leader.blame=abc&reps=1&team.size=1.5&nonsense=1&b=nobody");

        Assert.Equal(1, setup.A.Levers["leader.inquiry"]);
        Assert.Equal(0.1, setup.B.Levers["leader.blame"]);
        Assert.Equal("inquiry", setup.B.Preset);
        Assert.Equal(ExplorerSetup.MinReplications, setup.Replications);
        Assert.Equal(2, setup.Situation["team.size"]);
    }

    [Fact]
    public void The_default_is_the_classroom_comparison()
    {
        var setup = new ExplorerSetup();

        Assert.Equal(("command", "inquiry"), setup.PolicyNames);
        Assert.Equal(0.8, setup.ParametersFor(setup.A)["incidents.novelty"]);
        Assert.Equal(0.1, setup.ParametersFor(setup.B)["incidents.severity_growth"]);
        Assert.Equal(0.9, setup.ParametersFor(setup.B)["leader.inquiry"]);
        Assert.Equal(-1, setup.ParametersFor(setup.A)["absence.top_expert_domain"]);
        Assert.Equal(0, setup.ParametersFor(setup.A)["absence.duration"]);
    }

    [Fact]
    public void Two_policies_from_one_preset_get_distinct_names()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("a=inquiry&b=inquiry");

        Assert.Equal(("A-inquiry", "B-inquiry"), setup.PolicyNames);
    }

    [Fact]
    public void The_paired_difference_has_a_t_interval_around_the_mean()
    {
        PairedContrast d = PairedContrast.Of([10, 12, 14, 16], [9, 10, 11, 12]);

        Assert.Equal(-2.5, d.MeanDifference, 12);
        Assert.True(d.CiLow < -2.5 && d.CiHigh > -2.5);
        // sd of the differences (-1,-2,-3,-4) is 1.29; t(3) = 3.182; half width 2.054.
        Assert.Equal(2.054, d.CiHigh - d.MeanDifference, 3);
        Assert.True(d.CiHigh < 0);
    }
}
