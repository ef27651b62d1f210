namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// Where a sweep's completed chunks go. A chunk is stored atomically (all its runs or nothing), so
/// after a crash the store lists exactly the chunks that finished and a resumed sweep runs the rest.
/// Implemented by the output layer (CSV files renamed into place).
/// </summary>
public interface ISweepChunkStore
{
    /// <summary>The chunks already stored.</summary>
    IReadOnlySet<long> CompletedChunks();

    /// <summary>Stores one completed chunk; called from worker threads, once per chunk.</summary>
    void WriteChunk(long chunk, IReadOnlyList<SweepRunRecord> records);
}
