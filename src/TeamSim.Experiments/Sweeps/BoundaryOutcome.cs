namespace TeamSim.Experiments.Sweeps;

/// <summary>The result of running a <c>boundary</c> sweep.</summary>
/// <param name="Plan">The final plan: every point and block of runs the design chose.</param>
/// <param name="Runs">Run counts (all of the final plan's runs; those run before a resume count as already done).</param>
/// <param name="Points">Design points in the final plan.</param>
public sealed record BoundaryOutcome(SweepPlan Plan, SweepRunOutcome Runs, int Points);
