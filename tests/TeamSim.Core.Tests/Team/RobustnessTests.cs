namespace TeamSim.Core.Tests.Team;

/// <summary>
/// The conclusions the README and the scenario descriptions state must not hinge on details
/// unrelated to them: each holds when the inquiry delay, the hand-over cost, the learning rates or
/// the voice margin moves to either end of its plausible band (docs/CALIBRATION.md, "Bands").
/// Damage is heavy-tailed, so "A does less damage than B" is judged on the share of paired
/// replications A wins (ties half): its 95% Wilson interval must lie above one half, and the mean
/// difference must favour A; the mean's t interval is reported in the message.
/// </summary>
public sealed class RobustnessTests
{
    private const int Replications = 400;

    public static TheoryData<string, double> Bands() => new()
    {
        { "leader.inquiry_delay", 1 },
        { "leader.inquiry_delay", 6 },
        { "leader.handover_cost", 0 },
        { "leader.handover_cost", 1 },
        { "learning.by_doing", 0.15 },
        { "learning.by_doing", 0.45 },
        { "learning.forgetting", 0.001 },
        { "learning.forgetting", 0.004 },
        { "voice.margin", 0.05 },
        { "voice.margin", 0.3 },
        { "practices.review_learning", 0.02 },
        { "practices.review_learning", 0.08 },
    };

    [Theory]
    [MemberData(nameof(Bands))]
    public void Inquiry_beats_command_on_mostly_novel_fast_escalating_work_across_the_bands(string parameter, double value)
    {
        // The classroom setting (300 ticks).
        (string, double)[] classroom = [("incidents.novelty", 0.8), ("incidents.severity_growth", 0.1), (parameter, value)];
        var (winner, loser) = (
            TeamRuns.RunMany(TeamRuns.Params("inquiry", classroom), Replications, ticks: 300),
            TeamRuns.RunMany(TeamRuns.Params("command", classroom), Replications, ticks: 300));
        AssertWins(winner, loser, parameter, value);
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Command_beats_inquiry_on_routine_work_with_an_expert_leader_across_the_bands(string parameter, double value)
    {
        // The routine-drill setting (400 ticks).
        (string, double)[] drill =
        [
            ("incidents.novelty", 0), ("incidents.difficulty_min", 0.2), ("incidents.difficulty_max", 0.5),
            ("leader.expertise", 0.9), (parameter, value),
        ];
        var (winner, loser) = (
            TeamRuns.RunMany(TeamRuns.Params("command", drill), Replications, ticks: 400),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", drill), Replications, ticks: 400));
        AssertWins(winner, loser, parameter, value);
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Inquiry_beats_command_under_the_escalating_crisis_ramp_across_the_bands(string parameter, double value)
    {
        // The escalating-crisis setting (ramp 0.3 -> 0.9 over 500 ticks).
        (string, double)[] ramp = [("incidents.profile", 1), ("incidents.rate", 0.3), ("incidents.rate_end", 0.9), (parameter, value)];
        var (winner, loser) = (
            TeamRuns.RunMany(TeamRuns.Params("inquiry", ramp), Replications),
            TeamRuns.RunMany(TeamRuns.Params("command", ramp), Replications));
        AssertWins(winner, loser, parameter, value);
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void An_error_protocol_with_reviews_cuts_an_inquiring_wards_damage_across_the_bands(string parameter, double value)
    {
        // The hospital-ward setting: inquiry+protocol (protocol and reviews every 40 ticks) against inquiry.
        (string, double)[] ward =
        [
            ("incidents.novelty", 0.3), ("errors.rate", 0.1), ("errors.latent_hazard", 0.02), ("errors.latent_severity", 2.5), (parameter, value),
        ];
        var (winner, loser) = (
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. ward, ("errors.protocol", 1), ("practices.review_interval", 40)]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", ward), Replications));
        AssertWins(winner, loser, parameter, value);
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Rotation_cuts_damage_when_a_domains_only_specialist_is_away_across_the_bands(string parameter, double value)
    {
        // The expert-absence setting: six domains, the only specialist of domain 3 away from tick 150 for 250 ticks.
        (string, double)[] absence =
        [
            ("team.domains", 6), ("incidents.rate", 0.45), ("absence.top_expert_domain", 3), ("absence.start", 150),
            ("absence.duration", 250), (parameter, value),
        ];
        var (winner, loser) = (
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. absence, ("practices.rotation_interval", 50)]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", absence), Replications));
        AssertWins(winner, loser, parameter, value);
    }

    private static void AssertWins(double[][] winner, double[][] loser, string parameter, double value)
    {
        var mean = TeamRuns.Paired(winner, loser, "total_damage");
        var share = TeamRuns.ShareLower(winner, loser, "total_damage");
        string said = FormattableString.Invariant($"{parameter} = {value}: wins {share.Share:P0} of pairs [{share.Low:P0}, {share.High:P0}]; mean {mean}");
        Assert.True(share.Low > 0.5, said);
        Assert.True(mean.Mean < 0, said);
    }
}
