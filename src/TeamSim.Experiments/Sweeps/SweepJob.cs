namespace TeamSim.Experiments.Sweeps;

/// <summary>One run of a sweep. Jobs are numbered point-major, then policy, then replication.</summary>
/// <param name="Index">Job index: <c>(point * policies + policy) * replications + replication</c>.</param>
/// <param name="Point">Design point index.</param>
/// <param name="Policy">Policy index.</param>
/// <param name="Replication">Replication index; shares seeds with the same replication of every policy.</param>
public readonly record struct SweepJob(long Index, int Point, int Policy, int Replication);
