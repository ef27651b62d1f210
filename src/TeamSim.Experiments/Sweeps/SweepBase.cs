using TeamSim.Core.Models;

namespace TeamSim.Experiments.Sweeps;

/// <summary>The base scenario of a sweep, resolved: model, policies with full parameter sets, horizon, replications, seed.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Model">The scenario's model.</param>
/// <param name="Policies">Policies in scenario order.</param>
/// <param name="Ticks">Horizon in ticks.</param>
/// <param name="Replications">Replications, used when the sweep gives none.</param>
/// <param name="Seed">Master seed, used when the sweep gives none.</param>
public sealed record SweepBase(string Name, IModelFactory Model, IReadOnlyList<SweepPolicy> Policies, int Ticks, int Replications, ulong Seed);
