using TeamSim.Core.Random;

namespace TeamSim.Analysis.Running;

/// <summary>
/// The seeding rule of a comparison: replication r of every policy uses <c>RunSeeds(seed, 0, r)</c>,
/// so policies meet the same team and the same incidents (common random numbers) and a re-run of
/// replication r is the same run.
/// </summary>
public static class CommonSeeds
{
    /// <summary>The seeds of replication <paramref name="replication"/> (0-based) under master seed <paramref name="seed"/>.</summary>
    public static RunSeeds Replication(ulong seed, int replication) => new(seed, 0, replication);
}
