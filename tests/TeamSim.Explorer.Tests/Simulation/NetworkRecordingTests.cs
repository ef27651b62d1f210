using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;
using TeamSim.Explorer.Simulation;

namespace TeamSim.Explorer.Tests.Simulation;

public sealed class NetworkRecordingTests
{
    [Theory]
    [InlineData(300, 60)]
    [InlineData(1000, 60)]
    [InlineData(61, 60)]
    [InlineData(59, 60)]
    [InlineData(10, 60)]
    [InlineData(7, 2)]
    [InlineData(5000, 3)]
    public void Frame_ticks_run_from_zero_to_the_horizon_evenly_and_never_exceed_the_bound(int ticks, int maxFrames)
    {
        IReadOnlyList<int> frames = NetworkRecording.FrameTicks(ticks, maxFrames);

        Assert.Equal(0, frames[0]);
        Assert.Equal(ticks, frames[^1]);
        Assert.InRange(frames.Count, 2, maxFrames);
        int step = frames[1] - frames[0];
        for (int f = 1; f < frames.Count - 1; f++)
        {
            Assert.Equal(step, frames[f] - frames[f - 1]);
        }

        Assert.InRange(frames[^1] - frames[^2], 1, step);
    }

    [Fact]
    public void A_short_run_keeps_every_tick_and_a_long_one_uses_the_whole_budget()
    {
        Assert.Equal(Enumerable.Range(0, 11), NetworkRecording.FrameTicks(10, 60));
        Assert.Equal([0, 10, 20, 30, 40, 50], NetworkRecording.FrameTicks(50, 6));
        Assert.Equal(60, NetworkRecording.FrameTicks(5900, 60).Count);
    }

    [Fact]
    public void Frames_are_taken_at_the_requested_ticks_and_hold_the_model_state_of_that_tick()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=50&seed=11&team.size=6");
        ParameterSet parameters = setup.ParametersFor(setup.A);

        NetworkRecording recording = NetworkRecording.Record(parameters, setup.Seed, 3, setup.Ticks, "command", maxFrames: 6);

        Assert.Equal([0, 10, 20, 30, 40, 50], recording.Frames.Select(f => f.Tick));

        // An independent run of the same replication, without the event sink, read at the same ticks.
        var model = (TeamModel)ExplorerEngine.Model.Create(parameters, new RunSeeds(setup.Seed, 0, 3), new ModelRunOptions(setup.Ticks));
        bool trustMoved = false;
        foreach (NetworkFrame frame in recording.Frames)
        {
            while (model.Tick < frame.Tick)
            {
                model.Step();
            }

            Assert.Equal(6, frame.Members);
            Assert.Equal(Enumerable.Range(1, 5).Average(j => model.BenevolenceOf(j, 0)), frame.TrustInLeader, 12);
            Assert.Equal(model.OpenIncidents, frame.OpenIncidents);
            for (int i = 0; i < 6; i++)
            {
                Assert.Equal(model.SafetyOf(i), frame.Safety[i]);
                Assert.Equal(model.QueueOf(i), frame.Queue[i]);
                for (int j = 0; j < 6; j++)
                {
                    Assert.Equal(model.BenevolenceOf(i, j), frame.TrustOf(i, j));
                    trustMoved |= frame.TrustOf(i, j) != recording.Frames[0].TrustOf(i, j);
                }
            }
        }

        // Otherwise the comparison above could pass on frames that all hold the starting state.
        Assert.True(trustMoved, "trust never changed over the run");
        Assert.True(recording.Frames[^1].DamageSoFar > recording.Frames[1].DamageSoFar);
    }

    [Fact]
    public void Help_arrows_count_the_help_events_of_the_trailing_window()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=120&seed=5");
        ParameterSet parameters = setup.ParametersFor(setup.B);
        NetworkRecording recording = NetworkRecording.Record(parameters, setup.Seed, 0, setup.Ticks, "inquiry");
        var events = new AllEvents();
        IModel model = ExplorerEngine.Model.Create(parameters, new RunSeeds(setup.Seed, 0, 0), new ModelRunOptions(setup.Ticks, events));
        while (!model.IsFinished)
        {
            model.Step();
        }

        Assert.Equal(12, recording.HelpWindow);
        int n = parameters.Int("team.size");
        foreach (NetworkFrame frame in recording.Frames)
        {
            Assert.Equal(Math.Max(1, frame.Tick - recording.HelpWindow + 1), frame.HelpFromTick);
            var expected = new int[n * n];
            foreach ((int tick, string kind, int asker, int helper) in events.Events)
            {
                // Events carry the tick their step starts from: the step of tick t ends at model tick t + 1.
                int after = tick + 1;
                if (kind == "help" && after >= frame.HelpFromTick && after <= frame.Tick)
                {
                    expected[(asker * n) + helper]++;
                }
            }

            Assert.Equal(expected, frame.Help);
        }

        Assert.True(recording.Frames.Sum(f => f.HelpTotal) > 0, "no help at all: the comparison above proves nothing");
    }

    [Fact]
    public void The_re_run_of_the_typical_replication_gives_the_batch_numbers_of_that_replication()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery("ticks=120&reps=7&seed=99&incidents.novelty=0.8&incidents.severity_growth=0.1");
        var session = new ExplorerSession(setup);
        while (!session.IsComplete)
        {
            session.RunNext();
        }

        int chosen = session.TypicalReplication();
        IReadOnlyList<double> a = session.RunMetric(0, "total_damage");
        IReadOnlyList<double> b = session.RunMetric(1, "total_damage");
        double median = RepresentativeReplication.MedianOf(a.Zip(b, (x, y) => y - x).ToArray());
        for (int r = 0; r < a.Count; r++)
        {
            Assert.True(Math.Abs(b[chosen] - a[chosen] - median) <= Math.Abs(b[r] - a[r] - median), $"replication {r} is nearer the median than {chosen}");
        }

        for (int policy = 0; policy < 2; policy++)
        {
            NetworkRecording recording = session.RecordNetwork(policy, chosen);
            Assert.Equal(chosen, recording.Replication);
            Assert.Equal(session.PolicyNames[policy], recording.PolicyName);
            Assert.Equal(session.RunMetric(policy, "total_damage")[chosen], recording.RunMetric("total_damage"));
            Assert.Equal(session.RunMetrics(policy)[chosen], recording.RunMetrics);
            Assert.Equal(recording.RunMetric("total_damage"), recording.Frames[^1].DamageSoFar, 9);
        }
    }

    [Fact]
    public void A_team_too_large_to_draw_is_run_but_not_recorded()
    {
        ExplorerSetup setup = ExplorerSetup.FromQuery($"ticks=20&team.size={NetworkRecording.MaxDrawnMembers + 1}");

        NetworkRecording recording = NetworkRecording.Record(setup.ParametersFor(setup.A), setup.Seed, 0, setup.Ticks, "command");

        Assert.Empty(recording.Frames);
        Assert.Equal(20, recording.TicksRun);
        Assert.True(recording.RunMetric("total_damage") >= 0);
    }

    private sealed class AllEvents : IEventSink
    {
        public List<(int Tick, string Kind, int Actor, int Target)> Events { get; } = [];

        public void Record(int tick, string kind, int actor, int target, long incident, double value) => Events.Add((tick, kind, actor, target));
    }
}
