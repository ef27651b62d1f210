using System.Reflection;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

public sealed class EventKindTests
{
    [Fact]
    public void Every_event_a_run_records_is_a_declared_kind_and_a_busy_run_records_most_of_them()
    {
        var declared = typeof(TeamEventKinds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var events = new List<string>();
        var p = TeamRuns.Params("command",
            ("practices.review_interval", 20), ("practices.rotation_interval", 30), ("turnover.rate", 0.01),
            ("absence.member", 3), ("absence.start", 50), ("absence.duration", 40), ("incidents.rate", 1.5));
        TeamModel model = TeamRuns.Create(p, ticks: 400, events: new ListSink(events));
        while (!model.IsFinished)
        {
            model.Step();
        }

        var recorded = events.Select(e => e.Split('|')[1]).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(declared, recorded);
        Assert.True(recorded.Count >= declared.Count - 4, $"only {string.Join(", ", recorded.Order(StringComparer.Ordinal))} were recorded");
    }
}
