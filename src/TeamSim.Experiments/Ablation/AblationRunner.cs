using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Ablation;

/// <summary>
/// Runs the baseline and every variant of an ablation study with <see cref="ReplicationRunner"/>.
/// Every variant keeps the scenario's master seed, so replication r of every policy in every
/// variant uses <c>RunSeeds(seed, 0, r)</c>: the same team and incidents as in the baseline, and
/// the variant-minus-baseline differences are paired. Results do not depend on the thread count.
/// </summary>
public static class AblationRunner
{
    /// <summary>Runs the study.</summary>
    /// <param name="loader">Resolves each variant's policies.</param>
    /// <param name="scenario">The scenario after command-line overrides (the baseline).</param>
    /// <param name="variants">The variants from <see cref="AblationPlan.Variants"/>.</param>
    /// <param name="options">Threads; events are never collected.</param>
    /// <param name="progress">Receives the runs completed so far over all variants.</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    /// <exception cref="RunFailedException">A run threw.</exception>
    public static AblationResult Run(ScenarioLoader loader, Scenario scenario, IReadOnlyList<AblationVariant> variants, RunnerOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variants);
        RunnerOptions runner = options with { Events = false };
        ResolvedScenario baseline = loader.Resolver.Resolve(scenario);
        int perVariant = baseline.Policies.Count * scenario.Replications;
        ExperimentResult baseResult = ReplicationRunner.Run(baseline, runner, progress, cancellationToken);
        var results = new List<AblationVariantResult>(variants.Count);
        for (int v = 0; v < variants.Count; v++)
        {
            ResolvedScenario resolved = AblationPlan.Resolve(loader, scenario, variants[v]);
            IProgress<int>? shifted = progress is null ? null : new OffsetProgress(progress, (v + 1) * perVariant);
            results.Add(new AblationVariantResult(variants[v], ReplicationRunner.Run(resolved, runner, shifted, cancellationToken)));
        }

        return new AblationResult(baseResult, results);
    }

    /// <summary>Reports a variant's run count as a count over the whole study.</summary>
    private sealed class OffsetProgress(IProgress<int> inner, int offset) : IProgress<int>
    {
        public void Report(int value) => inner.Report(offset + value);
    }
}
