namespace TeamSim.Experiments.Scenarios;

/// <summary>One validated parameter assignment from a scenario, a policy or a <c>--set</c> override.</summary>
/// <param name="Name">The registry's dotted parameter name.</param>
/// <param name="Value">The stored value (choice index for choices, 0/1 for switches).</param>
public sealed record ParameterValue(string Name, double Value);
