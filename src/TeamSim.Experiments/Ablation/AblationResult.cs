using TeamSim.Experiments.Running;

namespace TeamSim.Experiments.Ablation;

/// <summary>An ablation study: the unchanged scenario and each variant, all with the same seeds.</summary>
/// <param name="Baseline">The scenario as given (every policy, every replication).</param>
/// <param name="Variants">One result per variant, in plan order.</param>
public sealed record AblationResult(ExperimentResult Baseline, IReadOnlyList<AblationVariantResult> Variants);
