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
    public void Bad_share_link_values_are_reported_by_name_and_keep_their_defaults_instead_of_being_clamped()
    {
        SharedLink link = ExplorerSetup.Read("a.leader.inquiry=7&b.leader.blame=abc&reps=1&team.size=-5&team.sise=6&b=nobody&seed=-3");
        ExplorerSetup setup = link.Setup;
        var defaults = new ExplorerSetup();

        Assert.Equal(defaults.A.Levers["leader.inquiry"], setup.A.Levers["leader.inquiry"]);
        Assert.Equal(defaults.B.Levers["leader.blame"], setup.B.Levers["leader.blame"]);
        Assert.Equal("inquiry", setup.B.Preset);
        Assert.Equal(defaults.Replications, setup.Replications);
        Assert.Equal(defaults.Situation["team.size"], setup.Situation["team.size"]);
        Assert.Equal(defaults.Seed, setup.Seed);
        Assert.Equal(7, link.Problems.Count);
        Assert.Contains(link.Problems, p => p.StartsWith("team.size=-5: must be an integer in [2, 100000]", StringComparison.Ordinal));
        Assert.Contains(link.Problems, p => p.StartsWith("a.leader.inquiry=7: must be a number in [0, 1]", StringComparison.Ordinal));
        Assert.Contains(link.Problems, p => p.StartsWith("b.leader.blame=abc: must be a number in [0, 1]", StringComparison.Ordinal));
        Assert.Contains(link.Problems, p => p.StartsWith("reps=1: must be an integer in [2, 2000]", StringComparison.Ordinal));
        Assert.Contains(link.Problems, p => p.StartsWith("b=nobody: must be one of command", StringComparison.Ordinal));
        Assert.Contains(link.Problems, p => p.StartsWith("seed=-3: must be a whole number", StringComparison.Ordinal));
        Assert.Contains("team.sise: not a setting of the explorer and ignored (did you mean team.size?)", link.Problems);
    }

    [Fact]
    public void A_clean_share_link_has_no_problems_and_a_lever_beats_its_preset_in_any_key_order()
    {
        SharedLink link = ExplorerSetup.Read("b.leader.inquiry=0.25&team.size=6&b=command&ticks=80");

        Assert.Empty(link.Problems);
        Assert.Equal(6, link.Setup.Situation["team.size"]);
        Assert.Equal(80, link.Setup.Ticks);
        Assert.Equal("command", link.Setup.B.Preset);
        Assert.Equal(0.25, link.Setup.B.Levers["leader.inquiry"]);
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
