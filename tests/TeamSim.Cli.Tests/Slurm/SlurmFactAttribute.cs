namespace TeamSim.Cli.Tests.Slurm;

/// <summary>
/// A test that needs a running Slurm cluster (sbatch, scontrol and an idle node). Without one it is
/// skipped with the reason on a developer's machine; with CI=true it runs, and fails, so CI cannot
/// pass by skipping (.ci/run installs Slurm with scripts/slurm-local.sh).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SlurmFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Slurm is missing outside CI.</summary>
    public SlurmFactAttribute()
    {
        if (SlurmCluster.Problem is string problem && !SlurmCluster.IsCi)
        {
            Skip = $"needs a local Slurm cluster: {problem}; run 'sudo bash scripts/slurm-local.sh' (CI=true makes this a failure)";
        }
    }
}
