using System.Globalization;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// A deterministic slice of a sweep for one machine or Slurm array task: shard <see cref="Index"/>
/// of <see cref="Count"/> (0-based, as Slurm array ids are) gets a contiguous range of chunks.
/// </summary>
/// <param name="Index">Shard number, 0 to Count - 1.</param>
/// <param name="Count">Number of shards, at least 1.</param>
public readonly record struct SweepShard(int Index, int Count)
{
    /// <summary>The whole sweep as one shard.</summary>
    public static SweepShard Whole => new(0, 1);

    /// <summary>True when this is the whole sweep.</summary>
    public bool IsWhole => Count == 1;

    /// <summary>Parses <c>i/n</c>; returns null and a message when it is not valid.</summary>
    public static SweepShard? TryParse(string text, out string? problem)
    {
        problem = null;
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i < n)
        {
            return new SweepShard(i, n);
        }

        problem = $"--shard: expected i/n with 0 <= i < n (0-based, e.g. 0/4), got '{text}'";
        return null;
    }

    /// <summary>The chunks [first, end) of this shard out of <paramref name="chunks"/>.</summary>
    public (long First, long End) ChunkRange(long chunks) =>
        (chunks * Index / Count, chunks * (Index + 1) / Count);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
