using TeamSim.Experiments.Running;

namespace TeamSim.Experiments.Ablation;

/// <summary>The runs of one ablation variant.</summary>
/// <param name="Variant">What was changed.</param>
/// <param name="Result">Every policy and replication of the changed scenario.</param>
public sealed record AblationVariantResult(AblationVariant Variant, ExperimentResult Result);
