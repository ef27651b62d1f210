namespace TeamSim.Explorer.Simulation;

/// <summary>The parameters the explorer shows, grouped as on the page, with their plain-language labels.</summary>
public static class ExplorerControls
{
    /// <summary>The leader's levers, set separately for policy A and policy B.</summary>
    public static IReadOnlyList<ExplorerControl> Levers { get; } =
    [
        new("leader.inquiry", "How often the leader asks who knows before assigning work"),
        new("leader.blame", "How often the leader blames a reported error (instead of treating it as learning)"),
        new("leader.delegation", "How often the leader hands an incident to the team (instead of keeping it)"),
        new("leader.takeover", "The leader takes over everything when pressure gets high"),
        new("leader.crisis_threshold", "Pressure at which the leader takes over"),
    ];

    /// <summary>The situation both policies face: the same team, the same stream of incidents.</summary>
    public static IReadOnlyList<ExplorerControl> Situation { get; } =
    [
        new("team.size", "Team size (members, including the leader)"),
        new("incidents.profile", "How the pressure develops over time (arrival pattern of incidents)"),
        new("incidents.rate", "New incidents per tick"),
        new("incidents.severity_growth", "How fast an unsolved incident gets worse, per tick"),
        new("incidents.novelty", "Share of incidents that are new, needing knowledge that is not obvious"),
        new("errors.protocol", "The team has an error protocol (errors contained, less panic)"),
        new("practices.review_interval", "Ticks between after-action reviews (0 = no reviews)"),
        new("practices.rotation_interval", "Ticks between role rotations (0 = no rotation)"),
        new("absence.top_expert_domain", "Knowledge domain whose top expert is missing (-1 = nobody missing)"),
        new("absence.start", "The expert goes missing at tick"),
        new("absence.duration", "The expert stays away for this many ticks"),
    ];

    /// <summary>Every control, levers first.</summary>
    public static IEnumerable<ExplorerControl> All => Levers.Concat(Situation);

    /// <summary>The control of a parameter, or null when the explorer does not show it.</summary>
    public static ExplorerControl? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
