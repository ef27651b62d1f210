namespace TeamSim.Output.Sweeps;

/// <summary>Which slice of a sweep a shard folder holds.</summary>
/// <param name="Index">Shard number (0-based).</param>
/// <param name="Count">Number of shards.</param>
/// <param name="FirstChunk">First chunk of the shard.</param>
/// <param name="EndChunk">One past the last chunk of the shard.</param>
public sealed record SweepShardInfo(int Index, int Count, long FirstChunk, long EndChunk);
