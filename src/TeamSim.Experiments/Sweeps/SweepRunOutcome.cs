namespace TeamSim.Experiments.Sweeps;

/// <summary>What one execution of a sweep (or shard) did.</summary>
/// <param name="RunsInShard">Runs in the shard's chunks.</param>
/// <param name="RunsAlreadyDone">Runs found complete from an earlier, interrupted execution.</param>
/// <param name="RunsExecuted">Runs executed now.</param>
/// <param name="RunsFailed">Runs executed now that threw (recorded, not fatal).</param>
public sealed record SweepRunOutcome(long RunsInShard, long RunsAlreadyDone, long RunsExecuted, long RunsFailed);
