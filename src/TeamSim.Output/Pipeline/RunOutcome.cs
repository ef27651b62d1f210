using TeamSim.Experiments.Running;
using TeamSim.Output.Manifest;

namespace TeamSim.Output.Pipeline;

/// <summary>A finished run and where its results are.</summary>
/// <param name="Plan">The plan that ran.</param>
/// <param name="Result">Every replication's metrics.</param>
/// <param name="Timings">Seconds spent simulating, writing and plotting.</param>
/// <param name="Folder">Where the results are: the target, or a free sibling name when another process took the target meanwhile.</param>
/// <param name="MovedElsewhere">True when <paramref name="Folder"/> is not the target because a concurrent process wrote the target first.</param>
/// <param name="Report">The path of report.html, or null when plots were skipped.</param>
public sealed record RunOutcome(RunPlan Plan, ExperimentResult Result, PhaseTimings Timings, string Folder, bool MovedElsewhere, string? Report);
