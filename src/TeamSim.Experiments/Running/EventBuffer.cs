using TeamSim.Core.Models;

namespace TeamSim.Experiments.Running;

/// <summary>Keeps one run's events in memory, in the order the model reports them.</summary>
internal sealed class EventBuffer : IEventSink
{
    public List<ModelEvent> Events { get; } = [];

    public void Record(int tick, string kind, int actor, int target, long incident, double value) =>
        Events.Add(new ModelEvent(tick, kind, actor, target, incident, value));
}
