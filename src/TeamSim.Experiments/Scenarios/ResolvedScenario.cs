using TeamSim.Core.Models;

namespace TeamSim.Experiments.Scenarios;

/// <summary>A scenario bound to its model, with each policy's parameters fully resolved; ready to run.</summary>
/// <param name="Scenario">The validated scenario.</param>
/// <param name="Model">The model factory named by the scenario.</param>
/// <param name="Policies">Resolved policies in scenario order.</param>
public sealed record ResolvedScenario(Scenario Scenario, IModelFactory Model, IReadOnlyList<ResolvedPolicy> Policies);
