namespace TeamSim.Experiments.Scenarios;

/// <summary>
/// A validated experiment: which model, which parameters, which policies to compare, for how long,
/// how often and from which seed. Only <see cref="ScenarioLoader"/> builds it.
/// </summary>
/// <param name="Name">Short name; also the results folder name (letters, digits, <c>_ . + -</c>).</param>
/// <param name="Description">What the scenario is meant to show.</param>
/// <param name="Model">Model name in the <see cref="BuiltInModels"/> catalog (<c>team</c> by default).</param>
/// <param name="Parameters">Scenario-wide parameter values, applied to every policy before its preset.</param>
/// <param name="Policies">Policies to compare, in output order.</param>
/// <param name="Ticks">Horizon in ticks, at least 1.</param>
/// <param name="Replications">Replications per policy, at least 1; replication r of every policy shares seeds.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Source">Where it was loaded from (a file path or <c>built-in:NAME</c>), used in messages.</param>
public sealed record Scenario(
    string Name,
    string Description,
    string Model,
    IReadOnlyList<ParameterValue> Parameters,
    IReadOnlyList<PolicySpec> Policies,
    int Ticks,
    int Replications,
    ulong Seed,
    string Source)
{
    /// <summary>Command-line <c>--set</c> overrides, applied to every policy after its preset and parameters.</summary>
    public IReadOnlyList<ParameterValue> Overrides { get; init; } = [];
}
