namespace TeamSim.Core.Models;

/// <summary>How long to run and where optional events go.</summary>
/// <param name="Ticks">Horizon in ticks (periods); a model may stop earlier by its own rule.</param>
/// <param name="Events">Receives the event stream when not null (costs time; off by default).</param>
/// <param name="Workspace">Memory to reuse from the previous run of the same worker (see <see cref="ModelWorkspace"/>); null allocates afresh.</param>
public sealed record ModelRunOptions(int Ticks, IEventSink? Events = null, ModelWorkspace? Workspace = null);
