using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.Scenarios;

/// <summary>A policy with every parameter of the model resolved.</summary>
/// <param name="Name">Policy name as in outputs.</param>
/// <param name="Preset">Preset it started from, or null.</param>
/// <param name="Parameters">The complete parameter set a run of this policy uses.</param>
public sealed record ResolvedPolicy(string Name, string? Preset, ParameterSet Parameters);
