namespace TeamSim.Experiments.Scenarios;

/// <summary>Command-line changes to a loaded scenario (<c>teamsim run --replications ... --set ...</c>).</summary>
/// <param name="Replications">Replaces the replication count when set.</param>
/// <param name="Seed">Replaces the master seed when set.</param>
/// <param name="Ticks">Replaces the horizon when set.</param>
/// <param name="Policies">Keeps only these policies (scenario policy names or model presets), in this order; empty keeps all.</param>
/// <param name="Sets">Raw <c>path=value</c> assignments, applied to every policy last.</param>
public sealed record ScenarioOverrides(
    int? Replications = null,
    ulong? Seed = null,
    int? Ticks = null,
    IReadOnlyList<string>? Policies = null,
    IReadOnlyList<string>? Sets = null);
