using TeamSim.Core.Models;

namespace TeamSim.Core.Tests.Team;

/// <summary>Collects a run's events as exact text (values by their bits), to compare two runs' streams.</summary>
internal sealed class ListSink(List<string> events) : IEventSink
{
    public void Record(int tick, string kind, int actor, int target, long incident, double value) =>
        events.Add(FormattableString.Invariant($"{tick}|{kind}|{actor}|{target}|{incident}|{BitConverter.DoubleToInt64Bits(value)}"));
}
