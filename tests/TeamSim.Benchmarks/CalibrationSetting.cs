using TeamSim.Core.Parameters;
using TeamSim.Core.Team;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Benchmarks;

/// <summary>
/// One policy of one calibration run, described the way a scenario file and the command line
/// describe it: master seed, horizon, the scenario's parameters, a preset, the policy's own
/// parameters and <c>--set</c> overrides.
/// </summary>
/// <remarks>
/// <see cref="Parameters"/> resolves them in the order of <c>ScenarioLoader.Resolve</c>, which is
/// what <c>teamsim run</c> does: model defaults, then the scenario's parameters, the preset, the
/// policy's parameters and finally the overrides.
/// </remarks>
internal sealed record CalibrationSetting(
    ulong Seed,
    int Ticks,
    string? Preset,
    IReadOnlyList<ParameterValue> ScenarioParameters,
    IReadOnlyList<ParameterValue> PolicyParameters,
    IReadOnlyList<ParameterValue> Overrides)
{
    /// <summary>A setting of the default scenario (500 ticks, no scenario parameters).</summary>
    public static CalibrationSetting Of(ulong seed, string preset, params (string Name, double Value)[] overrides) =>
        new(seed, ScenarioLoader.DefaultTicks, preset, [], [], Values(overrides));

    /// <summary>The same setting with more scenario parameters.</summary>
    public CalibrationSetting WithScenario(params (string Name, double Value)[] values) =>
        this with { ScenarioParameters = [.. ScenarioParameters, .. Values(values)] };

    /// <summary>The same setting with more policy parameters.</summary>
    public CalibrationSetting WithPolicy(params (string Name, double Value)[] values) =>
        this with { PolicyParameters = [.. PolicyParameters, .. Values(values)] };

    /// <summary>The same setting with more <c>--set</c> overrides.</summary>
    public CalibrationSetting WithSet(params (string Name, double Value)[] values) =>
        this with { Overrides = [.. Overrides, .. Values(values)] };

    /// <summary>The parameters of the run: defaults, scenario, preset, policy, overrides.</summary>
    /// <exception cref="ArgumentException">An unknown parameter or a value out of range.</exception>
    public ParameterSet Parameters()
    {
        ParameterSet set = TeamParameters.Registry.Defaults();
        set = Apply(set, ScenarioParameters);
        if (Preset is not null)
        {
            foreach (KeyValuePair<string, double> kv in TeamPolicies.Presets[Preset])
            {
                set = set.With(kv.Key, kv.Value);
            }
        }

        set = Apply(set, PolicyParameters);
        return Apply(set, Overrides);
    }

    private static ParameterSet Apply(ParameterSet set, IReadOnlyList<ParameterValue> values)
    {
        foreach (ParameterValue v in values)
        {
            set = set.With(v.Name, v.Value);
        }

        return set;
    }

    private static ParameterValue[] Values((string Name, double Value)[] values) =>
        values.Select(v => new ParameterValue(v.Name, v.Value)).ToArray();
}
