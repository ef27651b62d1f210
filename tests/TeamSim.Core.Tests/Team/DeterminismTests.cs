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
}
