namespace TeamSim.Core.Tests.Team;

public sealed class AllocationTests
{
    [Fact]
    public void A_tick_allocates_nothing_once_the_run_is_set_up()
    {
        // Memory, not time: the hot loop preallocates. Warm up so the incident pool reaches its size.
        var model = TeamRuns.Create(TeamRuns.Params("inquiry", ("practices.review_interval", 20), ("practices.rotation_interval", 30)), ticks: 3000);
        for (int t = 0; t < 1000; t++)
        {
            model.Step();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 0; t < 1000; t++)
        {
            model.Step();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_tick_of_a_large_team_with_groups_and_indexes_allocates_nothing()
    {
        var model = TeamRuns.Create(
            TeamRuns.Params("inquiry", ("team.size", 200), ("incidents.rate", 10), ("leader.ask_limit", 6), ("practices.review_interval", 20), ("practices.rotation_interval", 30)),
            ticks: 1000);
        Assert.True(model.UsesIndexes);
        for (int t = 0; t < 300; t++)
        {
            model.Step();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 0; t < 300; t++)
        {
            model.Step();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }
}
