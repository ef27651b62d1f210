namespace TeamSim.Experiments.Sweeps;

/// <summary>How to execute a sweep; none of it changes the results.</summary>
/// <param name="Threads">Worker threads; 0 or less means one per processor.</param>
/// <param name="Shard">The slice of chunks to run (the whole sweep by default).</param>
public sealed record SweepRunOptions(int Threads = 0, SweepShard Shard = default)
{
    /// <summary>The worker count actually used.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    /// <summary>The shard, treating the default value as the whole sweep.</summary>
    public SweepShard EffectiveShard => Shard.Count == 0 ? SweepShard.Whole : Shard;
}
