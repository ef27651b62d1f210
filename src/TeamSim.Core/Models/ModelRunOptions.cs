namespace TeamSim.Core.Models;

/// <summary>How long to run and where optional events go.</summary>
/// <param name="Ticks">Horizon in ticks (periods); a model may stop earlier by its own rule.</param>
/// <param name="Events">Receives the event stream when not null (costs time; off by default).</param>
public sealed record ModelRunOptions(int Ticks, IEventSink? Events = null);
