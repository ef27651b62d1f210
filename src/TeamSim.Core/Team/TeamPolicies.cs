namespace TeamSim.Core.Team;

/// <summary>
/// Leadership presets: nothing but named parameter overrides. The model never reads a policy's
/// name; a preset only moves the leader's levers (inquiry, blame, delegation, direction, takeover).
/// </summary>
public static class TeamPolicies
{
    /// <summary>Preset name to parameter overrides.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Presets { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
        {
            ["command"] = new Dictionary<string, double>
            {
                ["leader.inquiry"] = 0.1,
                ["leader.blame"] = 0.7,
                ["leader.delegation"] = 0.3,
                ["leader.direction"] = 0.7,
                ["leader.takeover"] = 1,
                ["leader.crisis_threshold"] = 0.5,
            },
            ["inquiry"] = new Dictionary<string, double>
            {
                ["leader.inquiry"] = 0.9,
                ["leader.blame"] = 0.1,
                ["leader.delegation"] = 0.9,
                ["leader.direction"] = 0.1,
                ["leader.takeover"] = 0,
                ["leader.crisis_threshold"] = 0.5,
            },
            ["crisis-command"] = new Dictionary<string, double>
            {
                ["leader.inquiry"] = 0.9,
                ["leader.blame"] = 0.1,
                ["leader.delegation"] = 0.9,
                ["leader.direction"] = 0.1,
                ["leader.takeover"] = 1,
                ["leader.crisis_threshold"] = 0.5,
            },
        };
}
