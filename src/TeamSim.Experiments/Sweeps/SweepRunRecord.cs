namespace TeamSim.Experiments.Sweeps;

/// <summary>The outcome of one sweep job.</summary>
/// <param name="Job">Which run it was.</param>
/// <param name="Ticks">Ticks actually run (0 when the run failed before its first tick).</param>
/// <param name="Metrics">The sweep's metrics in <see cref="SweepPlan.Metrics"/> order; NaN when the run failed.</param>
/// <param name="Error">One-line error (<c>Type: message</c>) when the run threw, else null.</param>
public sealed record SweepRunRecord(SweepJob Job, int Ticks, IReadOnlyList<double> Metrics, string? Error)
{
    /// <summary>True when the run threw.</summary>
    public bool Failed => Error is not null;
}
