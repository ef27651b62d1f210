using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Calibration;

/// <summary>
/// A validated calibration: one policy of a base scenario, the factors to fit (uniform priors on
/// their ranges, log-uniform with <c>scale: log</c>), the targets, replications per particle, seed
/// and ABC-SMC settings. Only <see cref="CalibrationLoader"/> builds it.
/// </summary>
public sealed class CalibrationDefinition
{
    /// <summary>The check at the posterior median runs this many times the replications of a particle.</summary>
    public const int CheckReplicationFactor = 10;

    /// <summary>Largest number of runs in one calibration.</summary>
    public const long MaxRuns = SweepPlan.MaxRuns;

    private string? _hash;

    /// <summary>Creates the definition; the loader has validated every part.</summary>
    internal CalibrationDefinition(string name, string description, string source, string baseName, IModelFactory model, SweepPolicy policy, IReadOnlyList<Factor> factors, IReadOnlyList<CalibrationTarget> targets, int ticks, int replications, ulong seed, CalibrationMethod method)
    {
        Name = name;
        Description = description;
        Source = source;
        BaseName = baseName;
        Model = model;
        Policy = policy;
        Factors = factors;
        Targets = targets;
        TargetMetricIndices = targets.Select(t => t.MetricIndex).ToArray();
        Ticks = ticks;
        Replications = replications;
        Seed = seed;
        Method = method;
    }

    /// <summary>Calibration name (also the default results folder's).</summary>
    public string Name { get; }

    /// <summary>What the calibration is for.</summary>
    public string Description { get; }

    /// <summary>The file it was loaded from.</summary>
    public string Source { get; }

    /// <summary>The base scenario as named in the file.</summary>
    public string BaseName { get; }

    /// <summary>The model that runs.</summary>
    public IModelFactory Model { get; }

    /// <summary>The policy whose parameters the factors are applied to.</summary>
    public SweepPolicy Policy { get; }

    /// <summary>The factors, in file order (posterior.csv column order).</summary>
    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>The targets, in file order.</summary>
    public IReadOnlyList<CalibrationTarget> Targets { get; }

    /// <summary>Horizon in ticks.</summary>
    public int Ticks { get; }

    /// <summary>Replications per particle: each target compares the mean over these runs.</summary>
    public int Replications { get; }

    /// <summary>Master seed of every random draw (priors, perturbations, runs).</summary>
    public ulong Seed { get; }

    /// <summary>ABC-SMC settings.</summary>
    public CalibrationMethod Method { get; }

    /// <summary>The positions of the targets' metrics in the model's run metrics, in target order.</summary>
    public IReadOnlyList<int> TargetMetricIndices { get; }

    /// <summary>Replications of the check at the posterior median.</summary>
    public int CheckReplications => Replications * CheckReplicationFactor;

    /// <summary>Most model runs: every generation plus the check.</summary>
    public long MaxTotalRuns => (Method.MaxSimulated * Replications) + CheckReplications;

    /// <summary>The factor values at unit coordinates <paramref name="unit"/>.</summary>
    public double[] Values(IReadOnlyList<double> unit)
    {
        var values = new double[Factors.Count];
        for (int f = 0; f < values.Length; f++)
        {
            values[f] = Factors[f].ValueAt(unit[f]);
        }

        return values;
    }

    /// <summary>The policy's parameters with the factors set to <paramref name="values"/>.</summary>
    public ParameterSet Parameters(IReadOnlyList<double> values)
    {
        ParameterSet set = Policy.Parameters;
        for (int f = 0; f < Factors.Count; f++)
        {
            set = set.With(Factors[f].Name, values[f]);
        }

        return set;
    }

    /// <summary>
    /// The memory and work of the whole calibration (every generation and the check) at the largest
    /// values of the factors, for the run limits (<c>--max-memory-gb</c>, <c>--max-member-ticks</c>).
    /// </summary>
    public ResourceEstimate Estimate(int threads)
    {
        var largest = new double[Factors.Count];
        for (int f = 0; f < largest.Length; f++)
        {
            largest[f] = Factors[f].Max;
        }

        var scenario = new Scenario(Name, Description, Model.Name, [], [], Ticks, Replications, Seed, Source);
        var resolved = new ResolvedScenario(scenario, Model, [new ResolvedPolicy(Policy.Name, null, Parameters(largest))]);
        ResourceEstimate one = ResourceEstimate.For(resolved, threads, events: false);
        double perRunTicks = one.MemberTicks / Replications;

        // The simulated population's per-run results are held until the generation ends.
        double kept = (double)Method.Simulated * Replications * Targets.Count * 8;
        return new ResourceEstimate(one.Bytes + kept, perRunTicks * MaxTotalRuns);
    }

    /// <summary>Why the calibration is over a limit, in one line naming the file, or null when it is within them.</summary>
    public string? SizeProblem(double memoryLimitBytes, double memberTickLimit, int threads)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        string size = string.Create(inv,
            $"{Method.Simulated} + {Method.Generations - 1} x {Method.NewPerGeneration} particles x {Replications} replications + a check of {CheckReplications} = up to {MaxTotalRuns:N0} runs of {Ticks} ticks");
        if (MaxTotalRuns > MaxRuns)
        {
            return string.Create(inv, $"{Source}: $.method: this calibration has {size}; at most {MaxRuns:N0} runs are allowed: use fewer particles, generations or replications");
        }

        ResourceEstimate estimate = Estimate(threads);
        if (estimate.MemberTicks > memberTickLimit)
        {
            return string.Create(inv,
                $"{Source}: $.method: this calibration has {size}, about {estimate.MemberTicks:0.##e+0} member-ticks, over the limit of {memberTickLimit:0.##e+0}; use fewer particles, generations, replications or ticks, or raise the limit with --max-member-ticks");
        }

        if (estimate.Bytes > memoryLimitBytes)
        {
            return string.Create(inv,
                $"{Source}: $.method: this calibration would need about {estimate.Bytes / (1024d * 1024 * 1024):0.##} GiB of memory, over the limit of {memoryLimitBytes / (1024d * 1024 * 1024):0.##} GiB; use fewer particles, replications or --threads, or raise the limit with --max-memory-gb");
        }

        return null;
    }

    /// <summary>
    /// A SHA-256 over everything that decides the results (model, policy parameters, factors, targets,
    /// ticks, replications, seed, method): an interrupted calibration continues only under the same hash.
    /// </summary>
    public string Hash()
    {
        if (_hash is not null)
        {
            return _hash;
        }

        var text = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"teamsim-calibration/1\nmodel={Model.Name}\npolicy={Policy.Name}\nticks={Ticks}\nreplications={Replications}\nseed={Seed}\n");
        text.Append(inv, $"method={Method.Particles},{Method.Generations},{Method.Alpha:R},{Method.MinAcceptance:R}\n");
        ReadOnlySpan<double> values = Policy.Parameters.Values;
        for (int i = 0; i < values.Length; i++)
        {
            text.Append(inv, $"{Policy.Parameters.Registry.Specs[i].Name}={values[i]:R};");
        }

        text.Append('\n');
        foreach (Factor f in Factors)
        {
            text.Append(inv, $"factor={f.Name},{f.Min:R},{f.Max:R},{f.Scale},{f.IsInteger}\n");
        }

        foreach (CalibrationTarget t in Targets)
        {
            text.Append(inv, $"target={t.Metric},{t.Value:R},{t.Sd:R}\n");
        }

        _hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return _hash;
    }
}
