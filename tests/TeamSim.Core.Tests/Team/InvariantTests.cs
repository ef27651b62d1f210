using TeamSim.Core.Models;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

public sealed class InvariantTests
{
    private sealed class ResolveLog : IEventSink
    {
        public HashSet<long> Resolved { get; } = [];

        public int Duplicates { get; private set; }

        public void Record(int tick, string kind, int actor, int target, long incident, double value)
        {
            if (kind == "resolve" && !Resolved.Add(incident))
            {
                Duplicates++;
            }
        }
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (string preset in new[] { "command", "inquiry", "crisis-command" })
        {
            for (int seed = 0; seed < 8; seed++)
            {
                data.Add(preset, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void State_stays_in_range_and_counts_add_up(string preset, int seed)
    {
        // A stressed setting (high load, turnover, absence, reviews, rotation) exercises every path.
        var p = TeamRuns.Params(
            preset,
            ("incidents.rate", 0.9),
            ("incidents.profile", 2),
            ("turnover.rate", 0.002),
            ("absence.top_expert_domain", 1),
            ("absence.start", 50),
            ("absence.duration", 100),
            ("practices.review_interval", 25),
            ("practices.rotation_interval", 40));
        var log = new ResolveLog();
        var model = TeamRuns.Create(p, seed, (ulong)seed, ticks: 300, events: log);
        var tick = new double[TeamMetrics.Tick.Count];
        var names = TeamMetrics.Tick.Select(m => m.Name).ToList();
        double made = 0, reported = 0, concealed = 0, arrived = 0, resolved = 0;
        while (!model.IsFinished)
        {
            model.Step();
            model.WriteTickMetrics(tick);
            foreach (string count in new[] { "open_incidents", "arrived", "resolved", "crises_active", "errors_made", "errors_reported", "errors_concealed", "latent_surfaced", "help_requests", "help_success", "voice_events", "damage" })
            {
                Assert.True(tick[names.IndexOf(count)] >= 0, $"{count} negative at tick {model.Tick}");
            }

            Assert.Equal(tick[names.IndexOf("errors_made")], tick[names.IndexOf("errors_reported")] + tick[names.IndexOf("errors_concealed")]);
            Assert.True(tick[names.IndexOf("help_success")] <= tick[names.IndexOf("help_requests")]);
            made += tick[names.IndexOf("errors_made")];
            reported += tick[names.IndexOf("errors_reported")];
            concealed += tick[names.IndexOf("errors_concealed")];
            arrived += tick[names.IndexOf("arrived")];
            resolved += tick[names.IndexOf("resolved")];
            Assert.Equal(arrived - resolved, tick[names.IndexOf("open_incidents")]);

            for (int i = 0; i < model.Size; i++)
            {
                AssertUnit(model.SafetyOf(i));
                AssertUnit(model.ArousalOf(i));
                AssertUnit(model.MindsetOf(i));
                for (int j = 0; j < model.Size; j++)
                {
                    AssertUnit(model.BenevolenceOf(i, j));
                }

                for (int k = 0; k < 4; k++)
                {
                    AssertUnit(model.ExpertiseOf(i, k));
                }
            }
        }

        Assert.Equal(made, reported + concealed);
        Assert.True(made > 0, "the stressed setting should produce errors");
        Assert.Equal(0, log.Duplicates);
        Assert.Equal(resolved, log.Resolved.Count);
    }

    private static void AssertUnit(double v) => Assert.InRange(v, 0.0, 1.0);
}
