namespace TeamSim.Output.Sweeps;

/// <summary>
/// Per policy, design point and metric: count, mean and sum of squares over replications
/// (Welford's update in run order), from runs.csv. Parallel arrays, not objects: a Sobol' study
/// has many points.
/// </summary>
public sealed class SweepPointStatistics
{
    private readonly long[] _count;
    private readonly double[] _mean;
    private readonly double[] _m2;

    /// <summary>Creates empty accumulators.</summary>
    public SweepPointStatistics(int policies, int points, int metrics)
    {
        Policies = policies;
        Points = points;
        Metrics = metrics;
        long cells = (long)policies * points * metrics;
        _count = new long[cells];
        _mean = new double[cells];
        _m2 = new double[cells];
    }

    /// <summary>Number of policies.</summary>
    public int Policies { get; }

    /// <summary>Number of design points.</summary>
    public int Points { get; }

    /// <summary>Number of metrics.</summary>
    public int Metrics { get; }

    /// <summary>Adds one run's value (non-finite values are skipped).</summary>
    public void Push(int policy, int point, int metric, double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        long i = Index(policy, point, metric);
        long n = ++_count[i];
        double delta = value - _mean[i];
        _mean[i] += delta / n;
        _m2[i] += delta * (value - _mean[i]);
    }

    /// <summary>Runs with a finite value.</summary>
    public long Count(int policy, int point, int metric) => _count[Index(policy, point, metric)];

    /// <summary>Mean over replications; NaN without values.</summary>
    public double Mean(int policy, int point, int metric)
    {
        long i = Index(policy, point, metric);
        return _count[i] > 0 ? _mean[i] : double.NaN;
    }

    /// <summary>Sample standard deviation; NaN for fewer than two values.</summary>
    public double StandardDeviation(int policy, int point, int metric)
    {
        long i = Index(policy, point, metric);
        return _count[i] > 1 ? Math.Sqrt(_m2[i] / (_count[i] - 1)) : double.NaN;
    }

    /// <summary>The point means of one policy and metric, in point order (the response vector of the design).</summary>
    public double[] Responses(int policy, int metric)
    {
        var y = new double[Points];
        for (int p = 0; p < Points; p++)
        {
            y[p] = Mean(policy, p, metric);
        }

        return y;
    }

    private long Index(int policy, int point, int metric) => ((((long)policy * Points) + point) * Metrics) + metric;
}
