using System.Globalization;
using System.Text;
using TeamSim.Core.Parameters;
using TeamSim.Core.Team;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// Everything one comparison needs: the situation both policies share, the two policies (A and B),
/// the run length, the replications and the seed. It round-trips through a URL query string, so
/// a setup can be shared as a link.
/// </summary>
public sealed class ExplorerSetup
{
    /// <summary>Fewest replications (a confidence interval needs two).</summary>
    public const int MinReplications = 2;

    /// <summary>Most replications the page accepts.</summary>
    public const int MaxReplications = 2000;

    /// <summary>Shortest run, ticks.</summary>
    public const int MinTicks = 10;

    /// <summary>Longest run, ticks.</summary>
    public const int MaxTicks = 5000;

    private readonly Dictionary<string, double> _situation = new(StringComparer.Ordinal);

    /// <summary>The classroom default: command (A) against inquiry (B) on mostly novel, fast-escalating incidents.</summary>
    public ExplorerSetup()
    {
        foreach (ExplorerControl c in ExplorerControls.Situation)
        {
            _situation[c.Name] = c.Spec.Default;
        }

        // The built-in classroom scenario (scenarios/classroom.json), where the policy gap is clear.
        _situation["incidents.novelty"] = 0.8;
        _situation["incidents.severity_growth"] = 0.1;
        _situation["absence.start"] = 100;
        _situation["absence.duration"] = 100;
    }

    /// <summary>Policy A (drawn in orange).</summary>
    public PolicySetup A { get; } = new("command");

    /// <summary>Policy B (drawn in blue).</summary>
    public PolicySetup B { get; } = new("inquiry");

    /// <summary>Values of the situation controls (<see cref="ExplorerControls.Situation"/>).</summary>
    public IReadOnlyDictionary<string, double> Situation => _situation;

    /// <summary>Ticks per run, in [<see cref="MinTicks"/>, <see cref="MaxTicks"/>].</summary>
    public int Ticks { get; set => field = Math.Clamp(value, MinTicks, MaxTicks); } = 300;

    /// <summary>Replications per policy, in [<see cref="MinReplications"/>, <see cref="MaxReplications"/>].</summary>
    public int Replications { get; set => field = Math.Clamp(value, MinReplications, MaxReplications); } = 40;

    /// <summary>Master seed; replication r of both policies uses the same random numbers.</summary>
    public ulong Seed { get; set; } = 20240901;

    /// <summary>Output names of the two policies, made distinct (<c>A-</c>/<c>B-</c> prefixes) when they would clash.</summary>
    public (string A, string B) PolicyNames =>
        A.Name == B.Name ? ("A-" + A.Name, "B-" + B.Name) : (A.Name, B.Name);

    /// <summary>Sets a situation value, clamped to its allowed range.</summary>
    /// <exception cref="ArgumentException">Not a situation control.</exception>
    public void SetSituation(string name, double value)
    {
        ExplorerControl control = ExplorerControls.Situation.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"'{name}' is not a situation control", nameof(name));
        _situation[name] = control.Clamp(value);
    }

    /// <summary>
    /// The parameter overrides of the situation, as a scenario's <c>parameters</c> block would hold
    /// them. The absence settings are left out when nobody is absent, so they do not show as changes.
    /// </summary>
    public IReadOnlyDictionary<string, double> SituationOverrides()
    {
        var overrides = new Dictionary<string, double>(_situation, StringComparer.Ordinal);
        if (overrides["absence.top_expert_domain"] < 0)
        {
            overrides.Remove("absence.start");
            overrides.Remove("absence.duration");
        }

        return overrides;
    }

    /// <summary>
    /// The complete parameter set of a policy, resolved as the scenario loader does it: defaults,
    /// then the situation, then the preset, then the policy's own levers.
    /// </summary>
    public ParameterSet ParametersFor(PolicySetup policy)
    {
        ParameterSet set = TeamParameters.Registry.Defaults();
        foreach (KeyValuePair<string, double> kv in SituationOverrides())
        {
            set = set.With(kv.Key, kv.Value);
        }

        foreach (KeyValuePair<string, double> kv in TeamPolicies.Presets[policy.Preset])
        {
            set = set.With(kv.Key, kv.Value);
        }

        foreach (KeyValuePair<string, double> kv in policy.Levers)
        {
            set = set.With(kv.Key, kv.Value);
        }

        return set;
    }

    /// <summary>The setup as a URL query string (without the leading <c>?</c>); every value is written.</summary>
    public string ToQuery()
    {
        var q = new StringBuilder();
        Add(q, "ticks", Ticks.ToString(CultureInfo.InvariantCulture));
        Add(q, "reps", Replications.ToString(CultureInfo.InvariantCulture));
        Add(q, "seed", Seed.ToString(CultureInfo.InvariantCulture));
        foreach (ExplorerControl c in ExplorerControls.Situation)
        {
            Add(q, c.Name, c.Spec.FormatValue(_situation[c.Name]));
        }

        foreach ((string prefix, PolicySetup policy) in new[] { ("a", A), ("b", B) })
        {
            Add(q, prefix, policy.Preset);
            foreach (ExplorerControl c in ExplorerControls.Levers)
            {
                Add(q, prefix + "." + c.Name, c.Spec.FormatValue(policy.Levers[c.Name]));
            }
        }

        return q.ToString();
    }

    /// <summary>
    /// Reads a setup from a URL query string (with or without <c>?</c>). Missing keys keep the
    /// classroom default; unknown keys and values that do not parse are ignored; values out of
    /// range are clamped.
    /// </summary>
    public static ExplorerSetup FromQuery(string query)
    {
        var setup = new ExplorerSetup();
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string key = Uri.UnescapeDataString((eq < 0 ? part : part[..eq]).Replace('+', ' '));
            string value = eq < 0 ? string.Empty : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
            pairs[key] = value;
        }

        if (pairs.TryGetValue("ticks", out string? ticks) && int.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out int t))
        {
            setup.Ticks = t;
        }

        if (pairs.TryGetValue("reps", out string? reps) && int.TryParse(reps, NumberStyles.Integer, CultureInfo.InvariantCulture, out int r))
        {
            setup.Replications = r;
        }

        if (pairs.TryGetValue("seed", out string? seed) && ulong.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong s))
        {
            setup.Seed = s;
        }

        foreach (ExplorerControl c in ExplorerControls.Situation)
        {
            if (pairs.TryGetValue(c.Name, out string? text) && c.Spec.ParseValue(text) is double v)
            {
                setup.SetSituation(c.Name, v);
            }
        }

        foreach ((string prefix, PolicySetup policy) in new[] { ("a", setup.A), ("b", setup.B) })
        {
            if (pairs.TryGetValue(prefix, out string? preset) && TeamPolicies.Presets.ContainsKey(preset))
            {
                policy.ApplyPreset(preset);
            }

            foreach (ExplorerControl c in ExplorerControls.Levers)
            {
                if (pairs.TryGetValue(prefix + "." + c.Name, out string? text) && c.Spec.ParseValue(text) is double v)
                {
                    policy.Set(c.Name, v);
                }
            }
        }

        return setup;
    }

    private static void Add(StringBuilder q, string key, string value)
    {
        if (q.Length > 0)
        {
            q.Append('&');
        }

        q.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
