using TeamSim.Analysis.Events;

namespace TeamSim.Experiments.Running;

/// <summary>The outcome of one run: one policy, one replication.</summary>
/// <param name="Policy">Index of the policy in the resolved scenario.</param>
/// <param name="Replication">Replication index, 0-based; shares seeds with the same replication of every policy.</param>
/// <param name="Ticks">Ticks actually run (a model may stop early by its own rule).</param>
/// <param name="Metrics">Per-run metrics in the model's <c>RunMetrics</c> order.</param>
/// <param name="Events">The run's events when they were collected, else empty.</param>
public sealed record RunResult(int Policy, int Replication, int Ticks, IReadOnlyList<double> Metrics, IReadOnlyList<ModelEvent> Events);
