namespace TeamSim.Core.Tests.Team;

/// <summary>
/// The patterns of MODEL-BRIEF section 3, each on a scenario built to show it and each with a
/// knock-out control (mechanism off, pattern gone). Replications share random numbers across the
/// compared settings (paired), seeds are fixed, and each claim is a 95% t interval of the paired
/// difference, so a test fails only when the effect really is not there at this sample size.
/// </summary>
public sealed class PatternTests
{
    private const int Replications = 400;

    [Fact]
    public void Reported_errors_rise_under_a_learning_climate_while_true_errors_do_not()
    {
        // Edmondson (1996): better-led units report more errors without making more.
        // 1,000 replications: the true-error difference must be resolved to within 2% of the mean.
        var learning = TeamRuns.RunMany(TeamRuns.Params(null, ("leader.blame", 0.1)), 1000);
        var blaming = TeamRuns.RunMany(TeamRuns.Params(null, ("leader.blame", 0.7)), 1000);
        var reported = TeamRuns.Paired(learning, blaming, "errors_reported");
        var made = TeamRuns.Paired(learning, blaming, "errors_made");
        Assert.True(reported.Low > 0, $"reported: {reported}");
        Assert.True(made.RelativeHigh < 0.02, $"true errors should be no higher: {made}");

        // Knock-out: with reporting fixed at its baseline the reporting gap goes.
        var learningKo = TeamRuns.RunMany(TeamRuns.Params(null, ("leader.blame", 0.1), ("ablate.reporting", 1)), Replications);
        var blamingKo = TeamRuns.RunMany(TeamRuns.Params(null, ("leader.blame", 0.7), ("ablate.reporting", 1)), Replications);
        var reportedKo = TeamRuns.Paired(learningKo, blamingKo, "report_rate");
        Assert.False(reportedKo.ExcludesZero, $"report rate gap should vanish: {reportedKo}");
    }

    [Fact]
    public void Mediation_the_safety_driven_share_of_the_gap_vanishes_when_the_safety_pathways_are_ablated()
    {
        // Edmondson (1999): the climate lever (blame) acts through safety. Compare inquiry with an
        // inquiry leader who blames like a commander: that is the safety-driven share of the gap.
        (string, double)[] ablated =
        [
            ("ablate.voice", 1), ("ablate.reporting", 1), ("ablate.help", 1), ("ablate.learning", 1),
            ("arousal.blamed", 0), // blame's direct stress spike is a separate, non-safety pathway
        ];
        // An error-prone setting (errors.rate 0.15, like a ward), where the climate matters: at the
        // default error rate the blame effect is only about 3% of damage and not resolvable here.
        (string, double) errorProne = ("errors.rate", 0.15);
        ablated = [.. ablated, errorProne];
        var full = TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", errorProne, ("leader.blame", 0.7)), Replications),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", errorProne), Replications),
            "total_damage");
        Assert.True(full.Low > 0, $"with the pathways on, blame should cost damage: {full}");

        var safetyShare = TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. ablated, ("leader.blame", 0.7)]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", ablated), Replications),
            "total_damage");
        Assert.InRange(safetyShare.RelativeLow, -0.02, 0.02);
        Assert.InRange(safetyShare.RelativeHigh, -0.02, 0.02);

        // Routing and delay effects remain under the same ablation: asking vs not asking still matters.
        var routing = TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. ablated, ("leader.inquiry", 0.1)]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", ablated), Replications),
            "total_damage");
        Assert.True(routing.ExcludesZero, $"routing/delay effect should remain: {routing}");
    }

    [Fact]
    public void Throughput_against_load_is_an_inverted_U_for_novel_hard_work_that_peaks_earlier_than_for_routine_work()
    {
        // Yerkes-Dodson, emergent: effort rises with arousal, attention narrows with it on novel work.
        double[] rates = [0.2, 0.3, 0.5, 0.8, 1.2, 2.0, 3.0];
        (string, double)[] setting =
        [
            ("leader.takeover", 0), ("leader.inquiry", 0), ("incidents.difficulty_min", 0.5),
            ("incidents.difficulty_max", 0.7), ("arousal.pressure", 0.3), ("arousal.load", 0.03),
        ];

        double[][][] Curve(params (string, double)[] extra) =>
            rates.Select(r => TeamRuns.RunMany(TeamRuns.Params(null, [.. setting, .. extra, ("incidents.rate", r)]), 60, ticks: 300)).ToArray();

        static int Peak(double[][][] curve) =>
            Enumerable.Range(0, curve.Length).MaxBy(i => TeamRuns.Mean(curve[i], "throughput"));

        var novel = Curve(("incidents.novelty", 1));
        var routine = Curve(("incidents.novelty", 0));
        int novelPeak = Peak(novel);
        int routinePeak = Peak(routine);
        Assert.True(novelPeak > 0 && novelPeak < rates.Length - 1, $"novel peak at rate {rates[novelPeak]} should be inside the range");
        var fall = TeamRuns.Paired(novel[^1], novel[novelPeak], "throughput");
        Assert.True(fall.High < 0, $"novel throughput should fall past the peak: {fall}");
        Assert.True(routinePeak > novelPeak, $"routine peak {rates[routinePeak]} should come at a higher load than novel {rates[novelPeak]}");

        // Knock-out: without attention narrowing the fall goes (throughput only plateaus).
        var flat = Curve(("incidents.novelty", 1), ("work.attention_narrowing", 0));
        int flatPeak = Peak(flat);
        var flatFall = TeamRuns.Paired(flat[^1], flat[flatPeak], "throughput");
        Assert.True(flatFall.RelativeLow > -0.03, $"without narrowing throughput should not fall: {flatFall}");
    }

    [Fact]
    public void Threat_rigidity_crisis_takeover_costs_most_on_novel_incidents()
    {
        // Staw, Sandelands and Dutton (1981): under threat the leader centralises and stops asking.
        double Cost(double novelty, bool ablate)
        {
            var extra = new (string, double)[] { ("incidents.novelty", novelty), ("incidents.rate", 0.7), ("ablate.takeover", ablate ? 1 : 0) };
            var d = TeamRuns.Paired(
                TeamRuns.RunMany(TeamRuns.Params("crisis-command", extra), 200),
                TeamRuns.RunMany(TeamRuns.Params("inquiry", extra), 200),
                "total_damage");
            return d.Mean / d.BaselineMean;
        }

        double novel = Cost(1, false), routine = Cost(0, false);
        Assert.True(novel > 0.2, $"takeover should cost on novel work, got {novel:P1}");
        Assert.True(novel > routine + 0.2, $"novel {novel:P1} vs routine {routine:P1}");
        Assert.Equal(0, Cost(1, true), 6); // knock-out: no takeover, the two presets are the same team
    }

    [Fact]
    public void The_winner_flips_with_the_leaders_expertise_and_the_flip_needs_her_instructions()
    {
        PairedDifference Gap(params (string, double)[] setting) => TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", setting), Replications),
            TeamRuns.RunMany(TeamRuns.Params("command", setting), Replications),
            "total_damage");

        var expert = Gap(("leader.expertise", 0.9));
        var novice = Gap(("leader.expertise", 0.0));
        Assert.True(expert.Low > 0, $"expert leader: command should do less damage: {expert}");
        Assert.True(novice.High < 0, $"non-expert leader: inquiry should do less damage: {novice}");

        // Knock-out: without directive instructions (direction 0 for both) command's edge goes.
        var noDirection = Gap(("leader.expertise", 0.9), ("leader.direction", 0));
        Assert.False(noDirection.Low > 0, $"without instructions command should not win: {noDirection}");
    }

    [Fact]
    public void The_winner_flips_with_team_experience_under_an_expert_leader()
    {
        // Yun, Faraj and Sims (2005): directive leadership is more effective with an inexperienced
        // team, empowering leadership with an experienced one.
        PairedDifference Gap(params (string, double)[] team) => TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [("leader.expertise", 0.9), .. team]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("command", [("leader.expertise", 0.9), .. team]), Replications),
            "total_damage");

        var inexperienced = Gap(("team.primary_alpha", 2), ("team.primary_beta", 6));
        var experienced = Gap(("team.primary_alpha", 12), ("team.primary_beta", 1), ("team.other_alpha", 6), ("team.other_beta", 2));
        Assert.True(inexperienced.Low > 0, $"inexperienced team: command should do less damage: {inexperienced}");
        Assert.True(experienced.High < 0, $"experienced team: inquiry should do less damage: {experienced}");
    }

    [Fact]
    public void Rotation_builds_resilience_its_benefit_is_larger_when_a_domains_only_specialist_is_away()
    {
        // Six domains for eight members: domain 3 has one specialist (member 3). Rotation's benefit
        // is measured with and without her long absence; resilience is the difference of the two
        // (paired difference in differences), and it needs cross-training.
        (string, double)[] team = [("team.domains", 6), ("incidents.rate", 0.45)];
        (string, double)[] absence = [("absence.top_expert_domain", 3), ("absence.start", 150), ("absence.duration", 250)];
        (string, double)[] rotation = [("practices.rotation_interval", 50)];

        PairedDifference Resilience(params (string, double)[] extra)
        {
            double[][] Run(params (string, double)[] p) => TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. team, .. extra, .. p]), Replications);
            return TeamRuns.DifferenceInDifferences(Run([.. absence, .. rotation]), Run(absence), Run(rotation), Run(), "total_damage");
        }

        var absenceCost = TeamRuns.Paired(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. team, .. absence]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("inquiry", team), Replications),
            "total_damage");
        Assert.True(absenceCost.Low > 0, $"losing the only specialist should cost: {absenceCost}");

        var resilience = Resilience();
        Assert.True(resilience.High < 0, $"rotation should help more during the absence: {resilience}");

        // Knock-out: without cross-training rotation gives no resilience.
        var knockedOut = Resilience(("practices.rotation_learning", 0));
        Assert.False(knockedOut.High < 0, $"without cross-training rotation should give no resilience: {knockedOut}");
    }
}
