using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.Sweeps;

/// <summary>A policy of a sweep: its name and the complete parameter set the factors are applied to.</summary>
/// <param name="Name">Policy name as in outputs.</param>
/// <param name="Parameters">Base parameters (model defaults, scenario, preset, policy overrides).</param>
public sealed record SweepPolicy(string Name, ParameterSet Parameters);
