namespace TeamSim.Experiments.Sweeps;

/// <summary>A validated sweep file: its name, where it came from, and the plan it defines.</summary>
/// <param name="Name">Sweep name (results folder name by default).</param>
/// <param name="Description">What the sweep is meant to show.</param>
/// <param name="Source">The file it was read from, used in messages.</param>
/// <param name="Plan">The runnable plan.</param>
public sealed record SweepDefinition(string Name, string Description, string Source, SweepPlan Plan);
