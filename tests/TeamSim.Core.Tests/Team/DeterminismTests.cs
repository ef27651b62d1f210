using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

public sealed class DeterminismTests
{
    private static double[] Stream(ulong seed, int replication) =>
        [.. TeamRuns.MetricStream(TeamRuns.Create(TeamRuns.Params("inquiry"), replication, seed, ticks: 300))];

    [Fact]
    public void Same_seed_gives_identical_metric_streams()
    {
        double[] a = Stream(5, 3);
        double[] b = Stream(5, 3);
        Assert.Equal(a.Length, b.Length);
        for (int i = 0; i < a.Length; i++)
        {
            // Bitwise equality, NaN included.
            Assert.Equal(BitConverter.DoubleToInt64Bits(a[i]), BitConverter.DoubleToInt64Bits(b[i]));
        }
    }

    [Theory]
    [InlineData(5, 3, 6, 3)]
    [InlineData(5, 3, 5, 4)]
    public void Different_seed_or_replication_gives_different_streams(ulong seedA, int repA, ulong seedB, int repB)
    {
        Assert.NotEqual(Stream(seedA, repA), Stream(seedB, repB));
    }

    [Fact]
    public void Policies_of_one_replication_meet_the_same_incidents()
    {
        // Common random numbers: exogenous arrivals do not depend on the policy.
        var command = TeamRuns.Create(TeamRuns.Params("command", ("errors.latent_hazard", 0), ("incidents.cascade_rate", 0)), 2);
        var inquiry = TeamRuns.Create(TeamRuns.Params("inquiry", ("errors.latent_hazard", 0), ("incidents.cascade_rate", 0)), 2);
        var a = new double[TeamMetrics.Tick.Count];
        var b = new double[TeamMetrics.Tick.Count];
        int arrived = TeamMetrics.Tick.ToList().FindIndex(m => m.Name == "arrived");
        bool policiesDiffer = false;
        while (!command.IsFinished)
        {
            command.Step();
            inquiry.Step();
            command.WriteTickMetrics(a);
            inquiry.WriteTickMetrics(b);
            Assert.Equal(a[arrived], b[arrived]);
            policiesDiffer |= !a.AsSpan().SequenceEqual(b);
        }

        Assert.True(policiesDiffer, "the two policies should still behave differently");
    }

    [Theory]
    [InlineData(8, 300)] // every ordered pair of members
    [InlineData(200, 60)] // a fixed sample of pairs
    public void Run_metrics_are_the_same_whether_or_not_each_tick_is_read(int size, int ticks)
    {
        // The state metrics (safety, trust in the leader, knowledge, breadth, mindset, directory
        // accuracy) are computed when a step's metrics are first read (a sweep reads only the last
        // step's); the values must be the ones a run read tick by tick sees.
        var p = TeamRuns.Params("inquiry", ("team.size", size), ("practices.rotation_interval", 25), ("turnover.rate", 0.004));
        var readEveryTick = TeamRuns.Create(p, replication: 1, seed: 8, ticks: ticks);
        List<double> stream = TeamRuns.MetricStream(readEveryTick, withRunMetrics: true);
        var readAtEnd = TeamRuns.Create(p, replication: 1, seed: 8, ticks: ticks);
        while (!readAtEnd.IsFinished)
        {
            readAtEnd.Step();
        }

        var run = new double[TeamMetrics.Run.Count];
        readAtEnd.WriteRunMetrics(run);
        var lastTick = new double[TeamMetrics.Tick.Count];
        readAtEnd.WriteTickMetrics(lastTick);

        double[] expectedRun = [.. stream.Skip(stream.Count - run.Length)];
        double[] expectedLastTick = [.. stream.Skip(stream.Count - run.Length - lastTick.Length).Take(lastTick.Length)];
        Assert.Equal(expectedRun.Select(BitConverter.DoubleToInt64Bits), run.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expectedLastTick.Select(BitConverter.DoubleToInt64Bits), lastTick.Select(BitConverter.DoubleToInt64Bits));
        // Real values, not the empty slots.
        Assert.InRange(run[TeamRuns.Index("final_directory_accuracy")], 0.05, 0.999);
        Assert.InRange(run[TeamRuns.Index("final_psych_safety")], 0.01, 0.999);
        Assert.InRange(run[TeamRuns.Index("final_team_knowledge")], 0.01, 0.999);
        Assert.InRange(run[TeamRuns.Index("final_mindset")], 0.01, 0.999);
    }
}
