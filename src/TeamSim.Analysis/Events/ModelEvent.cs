namespace TeamSim.Analysis.Events;

/// <summary>One event of a run, as reported to <see cref="Core.Models.IEventSink"/>.</summary>
/// <param name="Tick">Tick at which it happened.</param>
/// <param name="Kind">Event type (snake_case).</param>
/// <param name="Actor">Member who acted, or -1.</param>
/// <param name="Target">Member or incident it concerned, or -1.</param>
/// <param name="Incident">Incident id, or -1.</param>
/// <param name="Value">A number qualifying the event, or 0.</param>
public readonly record struct ModelEvent(int Tick, string Kind, int Actor, int Target, long Incident, double Value);
