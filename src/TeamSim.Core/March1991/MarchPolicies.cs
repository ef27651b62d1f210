namespace TeamSim.Core.March1991;

/// <summary>
/// Named parameter overrides for comparing how fast members conform. With a code that learns fast
/// (p2 = 0.9), fast socialisation is the commanding extreme (everyone adopts the code quickly)
/// and slow socialisation the inquiring extreme (the code keeps learning from deviant individuals).
/// </summary>
public static class MarchPolicies
{
    /// <summary>Preset name to parameter overrides.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Presets { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
        {
            ["fast-socialisation"] = new Dictionary<string, double>
            {
                [MarchParameters.Socialisation] = 0.9,
                [MarchParameters.CodeLearning] = 0.9,
            },
            ["slow-socialisation"] = new Dictionary<string, double>
            {
                [MarchParameters.Socialisation] = 0.1,
                [MarchParameters.CodeLearning] = 0.9,
            },
        };
}
