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

    private const double EventBytes = 48;

    /// <summary>Estimates a resolved scenario run with <paramref name="threads"/> workers.</summary>
    public static ResourceEstimate For(ResolvedScenario resolved, int threads, bool events)
    {
        Scenario s = resolved.Scenario;
        double policies = resolved.Policies.Count;
        double ticks = s.Ticks;
        double reps = s.Replications;
        double maxMembers = 1;
        double modelBytes = 0;
        foreach (ResolvedPolicy policy in resolved.Policies)
        {
            double members = Value(policy, "team.size", 50);
            double domains = Value(policy, "team.domains", 30);
            maxMembers = Math.Max(maxMembers, members);

            // The team model keeps who-knows-what beliefs D[i][j][k] (N x N x K) plus per-member state.
            modelBytes = Math.Max(modelBytes, (members * members * domains * 8) + (members * domains * 64) + (1 << 20));
        }

        double tickColumns = resolved.Model.TickMetrics.Count;
        double runColumns = resolved.Model.RunMetrics.Count;
        double workers = Math.Max(1, threads);
        double chunkRuns = ReplicationRunnerChunk(workers, policies);
        double bytes =
            (workers * modelBytes)
            + (policies * ticks * tickColumns * 24)       // per-tick accumulators
            + (chunkRuns * ticks * tickColumns * 8)       // series of the runs in flight
            + (policies * reps * runColumns * 8)          // per-run results
            + (events ? policies * reps * ticks * maxMembers * EventBytes : 0);
        return new ResourceEstimate(bytes, maxMembers * ticks * reps * policies);
    }

    /// <summary>Throws when the estimate exceeds a limit; the message states estimate, limit and how to raise it.</summary>
    /// <exception cref="InputException">Over a limit.</exception>
    public void EnsureWithin(double memoryLimitBytes, double memberTickLimit, string source)
    {
        if (Bytes > memoryLimitBytes)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: this run would need about {Gib(Bytes)} of memory, over the limit of {Gib(memoryLimitBytes)}; reduce team.size, ticks, replications or --threads, or raise the limit with --max-memory-gb"));
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
