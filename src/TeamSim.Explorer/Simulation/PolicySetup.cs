using TeamSim.Core.Team;

namespace TeamSim.Explorer.Simulation;

/// <summary>One side of the comparison: a leadership preset and the leader's levers as the user moved them.</summary>
public sealed class PolicySetup
{
    private readonly Dictionary<string, double> _levers = new(StringComparer.Ordinal);

    /// <summary>Starts from a preset (<c>command</c>, <c>inquiry</c>, <c>crisis-command</c>).</summary>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public PolicySetup(string preset) => ApplyPreset(preset);

    /// <summary>The preset this policy starts from.</summary>
    public string Preset { get; private set; } = string.Empty;

    /// <summary>The lever values (leader.* parameters), every lever of <see cref="ExplorerControls.Levers"/>.</summary>
    public IReadOnlyDictionary<string, double> Levers => _levers;

    /// <summary>True when some lever differs from the preset's value.</summary>
    public bool IsEdited => ExplorerControls.Levers.Any(c => _levers[c.Name] != PresetValue(Preset, c));

    /// <summary>The name in outputs: the preset, with <c>-custom</c> when a lever was moved.</summary>
    public string Name => IsEdited ? Preset + "-custom" : Preset;

    /// <summary>Switches to a preset and resets every lever to its value.</summary>
    /// <exception cref="ArgumentException">Unknown preset.</exception>
    public void ApplyPreset(string preset)
    {
        if (!TeamPolicies.Presets.ContainsKey(preset))
        {
            throw new ArgumentException($"unknown preset '{preset}'; known: {string.Join(", ", TeamPolicies.Presets.Keys)}", nameof(preset));
        }

        Preset = preset;
        foreach (ExplorerControl lever in ExplorerControls.Levers)
        {
            _levers[lever.Name] = PresetValue(preset, lever);
        }
    }

    /// <summary>Sets one lever, clamped to its allowed range.</summary>
    /// <exception cref="ArgumentException">Not a lever.</exception>
    public void Set(string name, double value)
    {
        ExplorerControl lever = ExplorerControls.Levers.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"'{name}' is not a leader lever", nameof(name));
        _levers[name] = lever.Clamp(value);
    }

    private static double PresetValue(string preset, ExplorerControl lever) =>
        TeamPolicies.Presets[preset].TryGetValue(lever.Name, out double v) ? v : lever.Spec.Default;
}
