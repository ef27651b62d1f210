using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Ablation;

/// <summary>
/// One variant of an ablation study: parameter values set for every policy on top of the scenario
/// (an ablation switch turned on, or a <c>--vary path=value</c>), compared against the unchanged scenario.
/// </summary>
/// <param name="Name">The name in ablations.csv: the switch (<c>ablate.voice</c>) or the assignment (<c>leader.inquiry_delay=0</c>).</param>
/// <param name="Settings">The values applied to every policy, after its preset, parameters and any <c>--set</c>.</param>
/// <param name="IsSwitch">True for a model ablation switch, false for a <c>--vary</c> variant.</param>
public sealed record AblationVariant(string Name, IReadOnlyList<ParameterValue> Settings, bool IsSwitch);
