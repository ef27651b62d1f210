using TeamSim.Core.Models;
using TeamSim.Experiments.Running;

namespace TeamSim.Output.Report;

/// <summary>Keeps the events of the report's re-run in memory.</summary>
internal sealed class EventRecorder : IEventSink
{
    public List<ModelEvent> Events { get; } = [];

    public void Record(int tick, string kind, int actor, int target, long incident, double value) =>
        Events.Add(new ModelEvent(tick, kind, actor, target, incident, value));
}
