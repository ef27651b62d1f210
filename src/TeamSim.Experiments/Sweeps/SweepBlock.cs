namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// A run of consecutive jobs of an adaptive sweep: one design point, every policy, and the sweep's
/// number of replications starting at <paramref name="FirstReplication"/> (policy-major, replication innermost).
/// </summary>
/// <param name="Point">Design point index.</param>
/// <param name="FirstReplication">Replication index of the block's first run of each policy.</param>
public readonly record struct SweepBlock(int Point, int FirstReplication);
