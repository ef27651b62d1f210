using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

/// <summary>
/// Bounded contact in large teams: work groups (team.group_size) and a bounded inquiry
/// (leader.ask_limit). At the defaults a team of up to 15 must behave exactly as before.
/// </summary>
public sealed class BoundedContactTests
{
    private static readonly (string Name, double Value)[] Practices =
    [
        ("practices.review_interval", 20),
        ("practices.rotation_interval", 30),
        ("absence.top_expert_domain", 1),
        ("absence.start", 50),
        ("absence.duration", 60),
        ("turnover.rate", 0.002),
    ];

    [Theory]
    [InlineData("inquiry", 2)]
    [InlineData("inquiry", 8)]
    [InlineData("command", 10)]
    [InlineData("crisis-command", 12)]
    [InlineData("inquiry", 15)]
    public void At_the_defaults_a_team_of_up_to_15_gives_the_same_numbers_as_whole_team_contact(string preset, int size)
    {
        ParameterSet defaults = TeamRuns.Params(preset, [.. Practices, ("team.size", size), ("incidents.rate", 0.1 * size)]);
        ParameterSet whole = defaults.With("team.group_size", 0).With("leader.ask_limit", 0);
        Assert.Equal(Stream(whole), Stream(defaults));
    }

    [Fact]
    public void Larger_teams_at_the_defaults_differ_from_whole_team_contact()
    {
        // Control for the test above: the comparison can fail.
        ParameterSet defaults = TeamRuns.Params("inquiry", [.. Practices, ("team.size", 40), ("incidents.rate", 2)]);
        Assert.NotEqual(Stream(defaults.With("team.group_size", 0).With("leader.ask_limit", 0)), Stream(defaults));
    }

    [Fact]
    public void A_solve_changes_only_the_directory_rows_of_the_solvers_group()
    {
        var model = TeamRuns.Create(TeamRuns.Params(null, ("team.size", 16), ("team.group_size", 4)));
        double[,] before = Beliefs(model, about: 6, domain: 2);
        int slot = model.OpenIncidentForTest(2);
        model.ResolveForTest(6, slot);
        for (int i = 0; i < 16; i++)
        {
            if (i == 6)
            {
                continue; // her own row is her expertise, which the solve taught
            }

            bool changed = model.BeliefOf(i, 6, 2) != before[i, 0];
            bool observer = i is 4 or 5 or 7; // member 6's group is 4..7
            Assert.True(changed == observer, $"member {i}: changed {changed}, in the solver's group {observer}");
        }
    }

    [Fact]
    public void Groups_are_near_equal_runs_of_consecutive_members()
    {
        // 16 members, groups of at most 15: two groups of 8, not 15 and a lone member.
        var model = TeamRuns.Create(TeamRuns.Params(null, ("team.size", 16), ("team.group_size", 15)));
        int slot = model.OpenIncidentForTest(0);
        double[,] before = Beliefs(model, about: 15, domain: 0);
        model.ResolveForTest(15, slot);
        for (int i = 0; i < 15; i++)
        {
            Assert.True((model.BeliefOf(i, 15, 0) != before[i, 0]) == (i >= 8), $"member {i}");
        }
    }

    [Fact]
    public void Help_is_sought_within_the_askers_group_only()
    {
        var model = TeamRuns.Create(TeamRuns.Params(null, ("team.size", 16), ("team.group_size", 4)));
        int slot = model.OpenIncidentForTest(1);
        var seen = new HashSet<int>();
        for (int draw = 0; draw < 400; draw++)
        {
            seen.Add(model.ChooseHelperForTest(9, slot));
        }

        Assert.Equal([8, 10, 11], seen.Order());
    }

    [Fact]
    public void Voice_comes_only_from_the_assignees_group()
    {
        // Groups of 8 in a team of 40 (0..7, 8..15, ...): whoever speaks up saw the assignment.
        var voices = new List<(int Voicer, int Assignee)>();
        ParameterSet p = TeamRuns.Params("inquiry", ("team.size", 40), ("team.group_size", 8), ("incidents.rate", 2));
        TeamModel model = TeamRuns.Create(p, ticks: 300, events: new VoiceLog(voices));
        while (!model.IsFinished)
        {
            model.Step();
        }

        Assert.True(voices.Count >= 20, $"only {voices.Count} voice events: the test would prove little");
        Assert.All(voices, v => Assert.Equal(v.Voicer / 8, v.Assignee / 8));
    }

    [Fact]
    public void With_one_group_voice_can_cross_the_whole_team()
    {
        // Control for the test above: without groups some voice crosses the same boundaries.
        var voices = new List<(int Voicer, int Assignee)>();
        ParameterSet p = TeamRuns.Params("inquiry", ("team.size", 40), ("team.group_size", 0), ("incidents.rate", 2));
        TeamModel model = TeamRuns.Create(p, ticks: 300, events: new VoiceLog(voices));
        while (!model.IsFinished)
        {
            model.Step();
        }

        Assert.Contains(voices, v => v.Voicer / 8 != v.Assignee / 8);
    }

    [Fact]
    public void A_review_teaches_only_the_group_that_logged_the_item()
    {
        var model = TeamRuns.Create(TeamRuns.Params(null, ("team.size", 16), ("team.group_size", 4), ("practices.review_interval", 10)));
        var expertise = new double[16];
        double[,] beliefs = Beliefs(model, about: 13, domain: 3);
        for (int i = 0; i < 16; i++)
        {
            expertise[i] = model.ExpertiseOf(i, 3);
        }

        model.LogSolveForReviewForTest(3, 13); // member 13 solved a hard incident of domain 3; her group is 12..15
        model.HoldReviewForTest();
        for (int i = 0; i < 16; i++)
        {
            bool inGroup = i >= 12;
            Assert.True((model.ExpertiseOf(i, 3) > expertise[i]) == inGroup, $"expertise of member {i}");
            if (i != 13)
            {
                Assert.True((model.BeliefOf(i, 13, 3) != beliefs[i, 0]) == inGroup, $"belief of member {i}");
            }
        }
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(60, true)]
    public void The_leader_asks_exactly_ask_limit_members_those_she_believes_best(int size, bool indexed)
    {
        const int limit = 5, domain = 2;
        ParameterSet p = TeamRuns.Params(null, ("team.size", size), ("leader.ask_limit", limit), ("safety.inquiry_gain", 0.5));
        var model = new TeamModel(p, new RunSeeds(3, 0, 0), new ModelRunOptions(100), useIndexes: indexed);
        var belief = new double[size];
        var safety = new double[size];
        for (int i = 0; i < size; i++)
        {
            belief[i] = model.BeliefOf(0, i, domain);
            safety[i] = model.SafetyOf(i);
        }

        int slot = model.OpenIncidentForTest(domain);
        model.ChooseByLeaderForTest(slot, ask: true);

        // Queues are empty, so her scores are her beliefs: the asked are the top 5 beliefs among members 1..N-1.
        int[] expected = Enumerable.Range(1, size - 1).OrderByDescending(i => belief[i]).ThenBy(i => i).Take(limit).Order().ToArray();
        int[] asked = Enumerable.Range(0, size).Where(i => model.SafetyOf(i) > safety[i]).ToArray();
        Assert.Equal(expected, asked);
    }

    [Fact]
    public void Without_an_ask_limit_everyone_present_is_asked()
    {
        ParameterSet p = TeamRuns.Params(null, ("team.size", 40), ("leader.ask_limit", 0), ("safety.inquiry_gain", 0.5));
        var model = TeamRuns.Create(p);
        var safety = Enumerable.Range(0, 40).Select(model.SafetyOf).ToArray();
        int slot = model.OpenIncidentForTest(1);
        model.ChooseByLeaderForTest(slot, ask: true);
        Assert.Equal(Enumerable.Range(1, 39), Enumerable.Range(0, 40).Where(i => model.SafetyOf(i) > safety[i]));
    }

    private static double[,] Beliefs(TeamModel model, int about, int domain)
    {
        var beliefs = new double[model.Size, 1];
        for (int i = 0; i < model.Size; i++)
        {
            beliefs[i, 0] = model.BeliefOf(i, about, domain);
        }

        return beliefs;
    }

    private static List<double> Stream(ParameterSet p) =>
        TeamRuns.MetricStream(new TeamModel(p, new RunSeeds(5, 0, 2), new ModelRunOptions(300)), withRunMetrics: true);

    private sealed class VoiceLog(List<(int Voicer, int Assignee)> voices) : IEventSink
    {
        public void Record(int tick, string kind, int actor, int target, long incident, double value)
        {
            if (kind == "voice")
            {
                voices.Add((actor, target));
            }
        }
    }
}
