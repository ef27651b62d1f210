using TeamSim.Core.Models;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Running;

/// <summary>Everything a scenario run produced, in a deterministic order (policy-major, then replication).</summary>
/// <param name="Scenario">The resolved scenario that ran.</param>
/// <param name="Runs">One result per policy and replication, policy-major.</param>
/// <param name="TickStatistics">Per-tick means and CIs per policy.</param>
public sealed record ExperimentResult(ResolvedScenario Scenario, IReadOnlyList<RunResult> Runs, TickStatistics TickStatistics)
{
    /// <summary>One run metric of one policy, indexed by replication.</summary>
    public double[] RunMetric(int policy, int metric)
    {
        int reps = Scenario.Scenario.Replications;
        var values = new double[reps];
        for (int r = 0; r < reps; r++)
        {
            values[r] = Runs[(policy * reps) + r].Metrics[metric];
        }

        return values;
    }

    /// <summary>Index of a run metric by name, or -1.</summary>
    public int RunMetricIndex(string name) => Scenario.Model.RunMetrics.IndexOfName(name);

    /// <summary>Index of a tick metric by name, or -1.</summary>
    public int TickMetricIndex(string name) => Scenario.Model.TickMetrics.IndexOfName(name);
}
