using System.Globalization;

namespace TeamSim.Experiments.Scenarios;

/// <summary>
/// An up-front estimate of the memory and work a run needs, so that sizes that would exhaust the
/// machine (a team of 10^9, 10^12 member-ticks) are refused before anything is allocated.
/// </summary>
/// <param name="Bytes">Estimated peak memory in bytes.</param>
/// <param name="MemberTicks">Members x ticks x replications x policies: a proxy for running time.</param>
public sealed record ResourceEstimate(double Bytes, double MemberTicks)
{
    /// <summary>Default memory limit: 4 GiB.</summary>
    public const double DefaultMemoryLimitBytes = 4.0 * 1024 * 1024 * 1024;

    /// <summary>Default work limit: 10^11 member-ticks (hours on a laptop).</summary>
    public const double DefaultMemberTickLimit = 1e11;

    /// <summary>Models whose arrays take at least this much (teams of about 600 and more) are large:
    /// the runner collects garbage before and after them, so no two generations of them coexist.</summary>
    internal const double LargeModelBytes = 16.0 * 1024 * 1024;

    private const double EventBytes = 48;

    /// <summary>The .NET runtime, the loaded assemblies, the plotting library and report writer of a small run
    /// (measured 106-116 MiB: it varies from run to run).</summary>
    private const double FixedBytes = 117.0 * 1024 * 1024;

    /// <summary>A run's results as kept and written: its run metrics, runs.csv and report rows (measured about 3 KB).</summary>
    private const double RunBytes = 3.5 * 1024;

    /// <summary>Headroom on a model's arrays for what the runtime keeps around them (measured 0-4%).</summary>
    private const double ModelHeadroom = 1.04;

    /// <summary>Estimates a resolved scenario run with <paramref name="threads"/> workers.</summary>
    /// <remarks>
    /// Checked against the peak resident memory of <c>teamsim run</c> (plots and report on) over team
    /// sizes 8 to 10,000, ticks, replications and threads: every estimate lies within 1.00x to 1.15x of
    /// the measured peak (docs/PERFORMANCE.md, "Memory of a run"; ResourceEstimateTests reads the
    /// recorded peaks). The terms: a fixed runtime, plotting and report overhead; the models alive
    /// at once, each dominated from about 300 members by its N x N trust and N x N x K directory
    /// matrices; the per-tick accumulators; the series of the runs in flight; the per-run results;
    /// and the events of <c>--events</c> (not measured).
    /// </remarks>
    public static ResourceEstimate For(ResolvedScenario resolved, int threads, bool events)
    {
        Scenario s = resolved.Scenario;
        double policies = resolved.Policies.Count;
        double ticks = s.Ticks;
        double reps = s.Replications;
        double maxMembers = 1;
        foreach (ResolvedPolicy policy in resolved.Policies)
        {
            maxMembers = Math.Max(maxMembers, Value(policy, "team.size", 1));
        }

        double tickColumns = resolved.Model.TickMetrics.Count;
        double runColumns = resolved.Model.RunMetrics.Count;
        double workers = Math.Max(1, threads);
        double chunkRuns = Math.Min(ReplicationRunnerChunk(workers, policies), policies * reps);
        // One model per worker in flight (each keeps its arrays for the whole run). The report then
        // re-runs one replication of each policy, and those models may all be resident before the
        // collector reclaims them: as many models as policies (so --no-plots may need fewer).
        double modelsAtOnce = Math.Max(Math.Min(workers, chunkRuns), policies);
        double bytes =
            FixedBytes
            + (modelsAtOnce * ModelBytes(resolved) * ModelHeadroom)
            + (policies * ticks * tickColumns * 24)       // per-tick accumulators
            + (chunkRuns * ticks * tickColumns * 8)       // series of the runs in flight
            + (policies * reps * ((runColumns * 8) + RunBytes)) // per-run results
            + (events ? policies * reps * ticks * maxMembers * EventBytes : 0);
        (double quadratic, double linear) = ModelCoefficients(resolved);
        return new ResourceEstimate(bytes, maxMembers * ticks * reps * policies)
        {
            TeamBytes = modelsAtOnce * ModelBytes(resolved) * ModelHeadroom,
            TeamSize = maxMembers,
            BytesPerSquaredMember = modelsAtOnce * ModelHeadroom * quadratic,
            BytesPerMember = modelsAtOnce * ModelHeadroom * linear,
        };
    }

    /// <summary>The part of <see cref="Bytes"/> taken by the models, which grows as the square of the team size.</summary>
    public double TeamBytes { get; init; }

    /// <summary>The largest team.size of the scenario's policies (1 for a model without a team).</summary>
    public double TeamSize { get; init; } = 1;

    /// <summary>Of <see cref="TeamBytes"/>: bytes per squared member (N^2 terms).</summary>
    public double BytesPerSquaredMember { get; init; }

    /// <summary>Of <see cref="TeamBytes"/>: bytes per member (N terms).</summary>
    public double BytesPerMember { get; init; }

    /// <summary>
    /// The largest team size whose estimate, all else equal, stays within <paramref name="memoryLimitBytes"/>;
    /// null when the models' arrays are not what drives the estimate.
    /// </summary>
    public int? LargestTeamWithin(double memoryLimitBytes)
    {
        double room = memoryLimitBytes - (Bytes - TeamBytes);
        if (BytesPerSquaredMember <= 0 || TeamSize < 2 || room <= 0)
        {
            return null;
        }

        // a N^2 + b N <= room
        double a = BytesPerSquaredMember, b = BytesPerMember;
        return (int)Math.Floor((-b + Math.Sqrt((b * b) + (4 * a * room))) / (2 * a));
    }

    /// <summary>
    /// The arrays of the largest model of the scenario: for the team model the N x N trust
    /// (benevolence) and N x N x K directory matrices of doubles, plus per-member state.
    /// </summary>
    internal static double ModelBytes(ResolvedScenario resolved)
    {
        double largest = 0;
        foreach (ResolvedPolicy policy in resolved.Policies)
        {
            double members = Value(policy, "team.size", 0);
            (double quadratic, double linear) = Coefficients(policy);
            largest = Math.Max(largest, (members * members * quadratic) + (members * linear));
        }

        return largest;
    }

    /// <summary>Bytes per squared member and per member of the policy with the largest model.</summary>
    private static (double Quadratic, double Linear) ModelCoefficients(ResolvedScenario resolved)
    {
        (double, double) chosen = (0, 0);
        double largest = -1;
        foreach (ResolvedPolicy policy in resolved.Policies)
        {
            double members = Value(policy, "team.size", 0);
            (double quadratic, double linear) = Coefficients(policy);
            double bytes = (members * members * quadratic) + (members * linear);
            if (bytes > largest)
            {
                largest = bytes;
                chosen = (quadratic, linear);
            }
        }

        return chosen;
    }

    /// <summary>Trust and directory matrices (8 (K + 1) bytes per squared member) and per-member state.</summary>
    private static (double Quadratic, double Linear) Coefficients(ResolvedPolicy policy)
    {
        double domains = Value(policy, "team.domains", 0);
        return Value(policy, "team.size", 0) > 0 ? ((domains + 1) * 8, (domains * 40) + 200) : (0, 0);
    }

    /// <summary>Throws when the estimate exceeds a limit; the message states estimate, limit and how to raise it.</summary>
    /// <exception cref="InputException">Over a limit.</exception>
    public void EnsureWithin(double memoryLimitBytes, double memberTickLimit, string source)
    {
        if (Bytes > memoryLimitBytes)
        {
            string team = LargestTeamWithin(memoryLimitBytes) is int largest && largest >= 2
                ? string.Create(CultureInfo.InvariantCulture, $"reduce team.size (at most about {largest:#,0} fits this limit with these settings; a team's memory grows as its size squared), ticks, replications or --threads")
                : "reduce team.size, ticks, replications or --threads";
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: this run would need about {Gib(Bytes)} of memory, over the limit of {Gib(memoryLimitBytes)}; {team}, or raise the limit with --max-memory-gb"));
        }

        if (MemberTicks > memberTickLimit)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: this run would simulate about {MemberTicks:0.##e+0} member-ticks, over the limit of {memberTickLimit:0.##e+0}; reduce team.size, ticks or replications, or raise the limit with --max-member-ticks"));
        }
    }

    /// <summary>Runs kept in memory at once by the runner: a few per worker, whole replications.</summary>
    internal static double ReplicationRunnerChunk(double workers, double policies) => Math.Max(1, Math.Ceiling(workers * 4 / Math.Max(1, policies))) * policies;

    private static double Value(ResolvedPolicy policy, string name, double fallback) =>
        policy.Parameters.Registry.IndexOf(name) >= 0 ? policy.Parameters[name] : fallback;

    private static string Gib(double bytes) => bytes >= 1024d * 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024 * 1024):0.##} GiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.##} MiB");
}
