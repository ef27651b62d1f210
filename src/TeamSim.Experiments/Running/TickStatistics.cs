using TeamSim.Experiments.Analysis;

namespace TeamSim.Experiments.Running;

/// <summary>
/// Mean and 95% CI of every per-tick metric, per policy and tick, over replications. Values are
/// pushed in a fixed order (Welford's update, as MathNet's RunningStatistics does), so the result
/// does not depend on how many threads ran the replications. Stored as three flat arrays rather
/// than one RunningStatistics object per cell: a long horizon has millions of cells.
/// </summary>
public sealed class TickStatistics
{
    private readonly long[] _count;
    private readonly double[] _mean;
    private readonly double[] _m2;

    /// <summary>Creates empty accumulators.</summary>
    public TickStatistics(int policies, int ticks, int metrics)
    {
        Policies = policies;
        Ticks = ticks;
        Metrics = metrics;
        long cells = (long)policies * ticks * metrics;
        _count = new long[cells];
        _mean = new double[cells];
        _m2 = new double[cells];
    }

    /// <summary>Number of policies.</summary>
    public int Policies { get; }

    /// <summary>Horizon: ticks 1..Ticks.</summary>
    public int Ticks { get; }

    /// <summary>Number of per-tick metrics.</summary>
    public int Metrics { get; }

    /// <summary>Adds one run's value; NaN values (undefined at that tick) are skipped. <paramref name="tick"/> is 1-based.</summary>
    public void Push(int policy, int tick, int metric, double value)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        long i = Index(policy, tick, metric);
        long n = ++_count[i];
        double delta = value - _mean[i];
        _mean[i] += delta / n;
        _m2[i] += delta * (value - _mean[i]);
    }

    /// <summary>Runs that had a defined value at this tick.</summary>
    public long Count(int policy, int tick, int metric) => _count[Index(policy, tick, metric)];

    /// <summary>Mean over runs; NaN when no run had a value.</summary>
    public double Mean(int policy, int tick, int metric)
    {
        long i = Index(policy, tick, metric);
        return _count[i] > 0 ? _mean[i] : double.NaN;
    }

    /// <summary>Sample standard deviation over runs; NaN for fewer than two.</summary>
    public double StandardDeviation(int policy, int tick, int metric)
    {
        long i = Index(policy, tick, metric);
        return _count[i] > 1 ? Math.Sqrt(_m2[i] / (_count[i] - 1)) : double.NaN;
    }

    /// <summary>Half-width of the t-based 95% CI of the mean; NaN for fewer than two runs.</summary>
    public double HalfWidth95(int policy, int tick, int metric)
    {
        long n = Count(policy, tick, metric);
        return n > 1 ? StudentT95.Critical(n - 1) * StandardDeviation(policy, tick, metric) / Math.Sqrt(n) : double.NaN;
    }

    private long Index(int policy, int tick, int metric) => ((((long)policy * Ticks) + (tick - 1)) * Metrics) + metric;
}
