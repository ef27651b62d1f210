using TeamSim.Core.Models;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Output.Pipeline;

/// <summary>
/// A checked run, ready to execute: the scenario resolved with its overrides, within the resource limits,
/// accepted by its model, and the results folder chosen. Built by <see cref="RunPipeline.Prepare"/>.
/// </summary>
/// <param name="Request">The request it was built from.</param>
/// <param name="Scenario">The scenario with the overrides applied.</param>
/// <param name="Resolved">The scenario resolved against its model.</param>
/// <param name="Runner">Threads and event recording.</param>
/// <param name="Target">The results folder.</param>
/// <param name="DefaultFolder">True when <paramref name="Target"/> is TeamSim's choice (no <c>--out</c>): a concurrent run that takes it first pushes these results to the next free suffix.</param>
/// <param name="Models">The models, for report.html.</param>
public sealed record RunPlan(
    RunRequest Request,
    Scenario Scenario,
    ResolvedScenario Resolved,
    RunnerOptions Runner,
    string Target,
    bool DefaultFolder,
    ModelCatalog Models)
{
    /// <summary>Runs to simulate: policies x replications.</summary>
    public int TotalRuns => Resolved.Policies.Count * Scenario.Replications;
}
