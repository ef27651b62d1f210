namespace TeamSim.Experiments.Scenarios;

/// <summary>One leadership policy of a scenario: a preset of the model plus optional overrides.</summary>
/// <param name="Name">Name shown in outputs (letters, digits, <c>_ . + -</c>; at most 64 characters).</param>
/// <param name="Preset">The model preset it starts from, or null for the scenario's parameters alone.</param>
/// <param name="Parameters">Overrides applied after the preset, in file order.</param>
public sealed record PolicySpec(string Name, string? Preset, IReadOnlyList<ParameterValue> Parameters);
