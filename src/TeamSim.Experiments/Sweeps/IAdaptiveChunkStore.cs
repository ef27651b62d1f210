namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// A chunk store an adaptive design can read back (its next round is decided from the stored
/// results, whether this process ran them or an interrupted one did) and bind to its grown plan.
/// </summary>
public interface IAdaptiveChunkStore : ISweepChunkStore
{
    /// <summary>The same store writing the rows of <paramref name="plan"/> (the sweep after another round).</summary>
    IAdaptiveChunkStore For(SweepPlan plan);

    /// <summary>The recorded metrics of each run of a stored chunk, in run order (NaN where a run failed), in <see cref="SweepPlan.Metrics"/> order.</summary>
    IReadOnlyList<double[]> ReadMetrics(long chunk);
}
