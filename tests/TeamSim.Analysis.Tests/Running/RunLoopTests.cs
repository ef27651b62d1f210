using TeamSim.Analysis.Running;
using TeamSim.Core.Models;
using TeamSim.Core.Team;

namespace TeamSim.Analysis.Tests.Running;

public sealed class RunLoopTests
{
    [Fact]
    public void The_loop_records_every_tick_as_stepping_by_hand_does()
    {
        var factory = new TeamModelFactory();
        int columns = factory.TickMetrics.Count;
        const int Ticks = 40;
        var series = new double[Ticks * columns];

        int ran = RunLoop.Run(factory.Create(factory.Parameters.Defaults(), CommonSeeds.Replication(7, 2), new ModelRunOptions(Ticks)), Ticks, series, columns);

        IModel byHand = factory.Create(factory.Parameters.Defaults(), CommonSeeds.Replication(7, 2), new ModelRunOptions(Ticks));
        var row = new double[columns];
        while (!byHand.IsFinished && byHand.Tick < Ticks)
        {
            byHand.Step();
            byHand.WriteTickMetrics(row);
            Assert.Equal(row, series.AsSpan((byHand.Tick - 1) * columns, columns).ToArray());
        }

        Assert.Equal(byHand.Tick, ran);
    }
}
