using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Analysis;

namespace TeamSim.Experiments.Running;

/// <summary>
/// Mean and 95% CI of every per-tick metric, per policy and tick, over replications. Values are
/// pushed in a fixed order, so the result does not depend on how many threads ran the
/// replications (a <see cref="WelfordGrid"/> over policy x tick x metric).
/// </summary>
public sealed class TickStatistics
{
    private readonly WelfordGrid _grid;

    /// <summary>Creates empty accumulators.</summary>
    public TickStatistics(int policies, int ticks, int metrics) => _grid = new WelfordGrid(policies, ticks, metrics);

    /// <summary>Number of policies.</summary>
    public int Policies => _grid.Groups;

    /// <summary>Horizon: ticks 1..Ticks.</summary>
    public int Ticks => _grid.Positions;

    /// <summary>Number of per-tick metrics.</summary>
    public int Metrics => _grid.Metrics;

    /// <summary>Adds one run's value; NaN values (undefined at that tick) are skipped. <paramref name="tick"/> is 1-based.</summary>
    public void Push(int policy, int tick, int metric, double value) => _grid.Push(policy, tick - 1, metric, value);

    /// <summary>Runs that had a defined value at this tick.</summary>
    public long Count(int policy, int tick, int metric) => _grid.Count(policy, tick - 1, metric);

    /// <summary>Mean over runs; NaN when no run had a value.</summary>
    public double Mean(int policy, int tick, int metric) => _grid.Mean(policy, tick - 1, metric);

    /// <summary>Sample standard deviation over runs; NaN for fewer than two.</summary>
    public double StandardDeviation(int policy, int tick, int metric) => _grid.StandardDeviation(policy, tick - 1, metric);

    /// <summary>Half-width of the t-based 95% CI of the mean; NaN for fewer than two runs.</summary>
    public double HalfWidth95(int policy, int tick, int metric) => _grid.HalfWidth95(policy, tick - 1, metric);

    /// <summary>The 95% CI of the mean inside the metric's <paramref name="bounds"/> (<see cref="BoundedInterval"/>); NaN for fewer than two runs.</summary>
    public (double Low, double High) Interval95(int policy, int tick, int metric, MetricBounds bounds) =>
        BoundedInterval.Mean95(Mean(policy, tick, metric), StandardDeviation(policy, tick, metric), Count(policy, tick, metric), bounds);
}
