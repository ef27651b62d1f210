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

    /// <summary>The share-link keys that are not parameters.</summary>
    private static readonly string[] RunKeys = ["ticks", "reps", "seed", "a", "b"];

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
    /// Reads a setup from a URL query string (with or without <c>?</c>), ignoring what
    /// <see cref="Read"/> reports: missing or rejected keys keep the classroom default.
    /// </summary>
    public static ExplorerSetup FromQuery(string query) => Read(query).Setup;

    /// <summary>
    /// Reads a setup from a share link's query string (with or without <c>?</c>). Missing keys keep the
    /// classroom default. A key that is not a setting, a value that does not parse and a value outside
    /// its allowed range are never clamped or guessed: the setting keeps its default and the link's
    /// problems list names the key, the value and what is allowed, for the page to show.
    /// </summary>
    public static SharedLink Read(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var setup = new ExplorerSetup();
        var problems = new List<string>();
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (string part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string key = Unescape(eq < 0 ? part : part[..eq]);
            string value = eq < 0 ? string.Empty : Unescape(part[(eq + 1)..]);
            pairs.Add(new(key, value));
        }

        // Presets first: a lever in the link overrides its preset's value whatever the order of the keys.
        foreach ((string key, string value) in pairs)
        {
            PolicySetup? policy = key switch { "a" => setup.A, "b" => setup.B, _ => null };
            if (policy is null)
            {
                continue;
            }

            if (TeamPolicies.Presets.ContainsKey(value))
            {
                policy.ApplyPreset(value);
            }
            else
            {
                problems.Add($"{key}={value}: must be one of {string.Join(", ", TeamPolicies.Presets.Keys)}; leader {key.ToUpperInvariant()} keeps {policy.Preset}");
            }
        }

        foreach ((string key, string value) in pairs)
        {
            if (key is "a" or "b")
            {
                continue;
            }

            string? problem = key switch
            {
                "ticks" => ReadWhole(key, value, MinTicks, MaxTicks, setup.Ticks, v => setup.Ticks = v),
                "reps" => ReadWhole(key, value, MinReplications, MaxReplications, setup.Replications, v => setup.Replications = v),
                "seed" => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
                    ? Set(() => setup.Seed = seed)
                    : $"seed={value}: must be a whole number in [0, {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}]; the seed stays {setup.Seed.ToString(CultureInfo.InvariantCulture)}",
                _ => ReadParameter(setup, key, value),
            };
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new SharedLink(setup, problems);
    }

    private static string? ReadParameter(ExplorerSetup setup, string key, string value)
    {
        PolicySetup? policy = key.StartsWith("a.", StringComparison.Ordinal) ? setup.A : key.StartsWith("b.", StringComparison.Ordinal) ? setup.B : null;
        string name = policy is null ? key : key[2..];
        ExplorerControl? control = policy is null
            ? ExplorerControls.Situation.FirstOrDefault(c => c.Name == name)
            : ExplorerControls.Levers.FirstOrDefault(c => c.Name == name);
        if (control is null)
        {
            string? near = NameSuggester.Closest(key, KnownKeys());
            return $"{key}: not a setting of the explorer and ignored" + (near is null ? string.Empty : $" (did you mean {near}?)");
        }

        ParameterSpec spec = control.Spec;
        double current = policy is null ? setup._situation[name] : policy.Levers[name];
        double? parsed = spec.ParseValue(value);
        string? wrong = parsed is double v ? spec.Check(v) : $"must be {spec.AllowedText}";
        if (wrong is not null)
        {
            return $"{key}={value}: {wrong}; it stays {spec.FormatValue(current)}";
        }

        if (policy is null)
        {
            setup._situation[name] = parsed!.Value;
        }
        else
        {
            policy.Set(name, parsed!.Value);
        }

        return null;
    }

    private static string? ReadWhole(string key, string value, int min, int max, int current, Action<int> set)
    {
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max)
        {
            set(v);
            return null;
        }

        string allowed = string.Create(CultureInfo.InvariantCulture, $"must be an integer in [{min}, {max}]");
        return string.Create(CultureInfo.InvariantCulture, $"{key}={value}: {allowed}; it stays {current}");
    }

    private static string? Set(Action set)
    {
        set();
        return null;
    }

    /// <summary>Every key a share link may hold.</summary>
    private static IEnumerable<string> KnownKeys() =>
        RunKeys
            .Concat(ExplorerControls.Situation.Select(c => c.Name))
            .Concat(ExplorerControls.Levers.SelectMany(c => new[] { "a." + c.Name, "b." + c.Name }));

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void Add(StringBuilder q, string key, string value)
    {
        if (q.Length > 0)
        {
            q.Append('&');
        }

        q.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
