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
                [TeamParameters.LeaderInquiry.Name] = 0.1,
                [TeamParameters.LeaderBlame.Name] = 0.7,
                [TeamParameters.LeaderDelegation.Name] = 0.3,
                [TeamParameters.LeaderDirection.Name] = 0.7,
                [TeamParameters.LeaderTakeover.Name] = 1,
                [TeamParameters.LeaderCrisisThreshold.Name] = 0.5,
            },
            ["inquiry"] = new Dictionary<string, double>
            {
                [TeamParameters.LeaderInquiry.Name] = 0.9,
                [TeamParameters.LeaderBlame.Name] = 0.1,
                [TeamParameters.LeaderDelegation.Name] = 0.9,
                [TeamParameters.LeaderDirection.Name] = 0.1,
                [TeamParameters.LeaderTakeover.Name] = 0,
                [TeamParameters.LeaderCrisisThreshold.Name] = 0.5,
            },
            ["crisis-command"] = new Dictionary<string, double>
            {
                [TeamParameters.LeaderInquiry.Name] = 0.9,
                [TeamParameters.LeaderBlame.Name] = 0.1,
                [TeamParameters.LeaderDelegation.Name] = 0.9,
                [TeamParameters.LeaderDirection.Name] = 0.1,
                [TeamParameters.LeaderTakeover.Name] = 1,
                [TeamParameters.LeaderCrisisThreshold.Name] = 0.5,
            },
        };
}
