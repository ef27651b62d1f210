namespace TeamSim.Core.Random;

/// <summary>
/// The seed coordinates of one simulation run. Every random stream of the run is derived from
/// (master seed, design point, replication, stream purpose) through SplitMix64, so each purpose
/// (arrivals, work, errors, ...) has its own stream and adding draws to one never shifts another.
/// </summary>
/// <param name="MasterSeed">The experiment's seed.</param>
/// <param name="DesignPoint">Design point index; 0 for every point under common random numbers.</param>
/// <param name="Replication">Replication index, 0-based.</param>
public readonly record struct RunSeeds(ulong MasterSeed, long DesignPoint, int Replication)
{
    /// <summary>The seed of one stream.</summary>
    public ulong SeedFor(int purpose) =>
        SplitMix64.Hash(MasterSeed, (ulong)DesignPoint, (ulong)Replication, (ulong)purpose);

    /// <summary>A fresh generator for one stream purpose.</summary>
    public Xoshiro256StarStar Stream(int purpose) => new(SeedFor(purpose));
}
