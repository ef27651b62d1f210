using TeamSim.Analysis.Events;

namespace TeamSim.Analysis.Tests.Events;

public sealed class EventLogTests
{
    [Fact]
    public void A_help_request_counts_in_the_window_of_the_tick_its_step_ends_at()
    {
        var log = new EventLog(3, keepAll: false);
        log.Record(0, EventKinds.Help, 1, 2, -1, 0);
        log.Record(4, EventKinds.Help, 2, 0, -1, 0);
        log.Record(4, EventKinds.Help, 2, 0, -1, 0);

        Assert.Equal(new HelpRequest(1, 1, 2), log.Help[0]);
        int[] first = log.HelpCounts(1, 1);
        Assert.Equal(1, first[(1 * 3) + 2]);
        Assert.Equal(1, first.Sum());
        int[] late = log.HelpCounts(2, 5);
        Assert.Equal(2, late[(2 * 3) + 0]);
        Assert.Equal(2, late.Sum());
    }

    [Fact]
    public void Absences_and_returns_set_who_is_present()
    {
        var log = new EventLog(2, keepAll: false);
        log.Record(1, EventKinds.AbsenceStart, 1, -1, -1, 0);
        Assert.Equal([true, false], log.Present);

        log.Record(3, EventKinds.AbsenceEnd, 1, -1, -1, 0);
        Assert.Equal([true, true], log.Present);
    }

    [Fact]
    public void Events_of_untracked_members_change_no_picture()
    {
        var log = new EventLog(2, keepAll: false);
        log.Record(0, EventKinds.Help, 0, 5, -1, 0);
        log.Record(0, EventKinds.Help, -1, 1, -1, 0);
        log.Record(0, EventKinds.AbsenceStart, 7, -1, -1, 0);

        Assert.Empty(log.Help);
        Assert.Equal([true, true], log.Present);
        Assert.Empty(log.Events);
    }

    [Fact]
    public void A_log_that_keeps_all_events_keeps_them_in_order()
    {
        var log = new EventLog();
        log.Record(2, "solve", 1, 3, 9, 0.5);
        log.Record(3, EventKinds.Help, 0, 1, -1, 0);

        Assert.Equal([new ModelEvent(2, "solve", 1, 3, 9, 0.5), new ModelEvent(3, EventKinds.Help, 0, 1, -1, 0)], log.Events);
        Assert.Empty(log.Help);
    }
}
