namespace TeamSim.Core.Tests.Team;

/// <summary>
/// The conclusions the README and the scenario descriptions state must not hinge on details
/// unrelated to them: each holds when the inquiry delay, the hand-over cost, the learning rates or
/// the voice margin moves to either end of its plausible band (docs/CALIBRATION.md, "Bands").
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
        var gap = TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", classroom), Replications, ticks: 300),
            TeamRuns.RunMany(TeamRuns.Params("command", classroom), Replications, ticks: 300),
            "total_damage");
        Assert.True(gap.High < 0, $"{parameter} = {value}: {gap}");
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
        var gap = TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("command", drill), Replications, ticks: 400),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", drill), Replications, ticks: 400),
            "total_damage");
        Assert.True(gap.High < 0, $"{parameter} = {value}: {gap}");
    }
}
