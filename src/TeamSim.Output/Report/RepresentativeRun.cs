using TeamSim.Analysis.Events;

namespace TeamSim.Output.Report;

/// <summary>One replication of one policy re-run with its events, to show what happened inside a typical team.</summary>
/// <param name="Policy">Policy name.</param>
/// <param name="Replication">The replication re-run (see <see cref="RepresentativeRunner.PairedReplication"/>).</param>
/// <param name="Metric">The run metric used to choose it.</param>
/// <param name="Recorded">Its value in runs.csv.</param>
/// <param name="Rerun">Its value in the re-run (equal unless the model changed since the results were written).</param>
/// <param name="Ticks">Ticks the re-run lasted.</param>
/// <param name="Early">The team over the first part of the run.</param>
/// <param name="Late">The team over the last part of the run.</param>
/// <param name="Events">Every event of the re-run, in model order.</param>
public sealed record RepresentativeRun(
    string Policy,
    int Replication,
    string Metric,
    double Recorded,
    double Rerun,
    int Ticks,
    TeamSnapshot? Early,
    TeamSnapshot? Late,
    IReadOnlyList<ModelEvent> Events)
{
    /// <summary>True when the re-run reproduced the recorded value (to a relative 1e-9).</summary>
    public bool Reproduced => Recorded.Equals(Rerun) || Math.Abs(Recorded - Rerun) <= 1e-9 * Math.Max(1, Math.Abs(Recorded));
}
