namespace TeamSim.Output.Slurm;

/// <summary>The jobs of a submitted study.</summary>
/// <param name="ArrayJobId">Job id of the array (its tasks are <c>ID_0</c> ... <c>ID_N-1</c>).</param>
/// <param name="MergeJobId">Job id of the merge job (<c>--dependency=afterok:ArrayJobId</c>).</param>
public sealed record SlurmSubmission(string ArrayJobId, string MergeJobId);
