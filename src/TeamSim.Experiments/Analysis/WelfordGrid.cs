using TeamSim.Analysis.Statistics;

namespace TeamSim.Experiments.Analysis;

/// <summary>
/// Count, mean and sum of squared deviations for every cell of a (group, position, metric) grid,
/// updated one value at a time in a fixed order (Welford's update, as MathNet's RunningStatistics
/// does), so the result depends only on the order of the values, never on threads. Three flat
/// arrays rather than one accumulator object per cell: a long horizon or a Sobol' design has
/// millions of cells.
/// </summary>
public sealed class WelfordGrid
{
    private readonly long[] _count;
    private readonly double[] _mean;
    private readonly double[] _m2;

    /// <summary>Creates empty accumulators.</summary>
    /// <param name="groups">Outer dimension (policies).</param>
    /// <param name="positions">Middle dimension (ticks or design points), indexed from 0.</param>
    /// <param name="metrics">Inner dimension.</param>
    public WelfordGrid(int groups, int positions, int metrics)
    {
        Groups = groups;
        Positions = positions;
        Metrics = metrics;
        long cells = (long)groups * positions * metrics;
        _count = new long[cells];
        _mean = new double[cells];
        _m2 = new double[cells];
    }

    /// <summary>Size of the outer dimension.</summary>
    public int Groups { get; }

    /// <summary>Size of the middle dimension.</summary>
    public int Positions { get; }

    /// <summary>Size of the inner dimension.</summary>
    public int Metrics { get; }

    /// <summary>Adds one value to a cell; NaN (undefined) is skipped.</summary>
    public void Push(int group, int position, int metric, double value)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        long i = Index(group, position, metric);
        long n = ++_count[i];
        double delta = value - _mean[i];
        _mean[i] += delta / n;
        _m2[i] += delta * (value - _mean[i]);
    }

    /// <summary>Values added to the cell.</summary>
    public long Count(int group, int position, int metric) => _count[Index(group, position, metric)];

    /// <summary>Mean of the cell; NaN without values.</summary>
    public double Mean(int group, int position, int metric)
    {
        long i = Index(group, position, metric);
        return _count[i] > 0 ? _mean[i] : double.NaN;
    }

    /// <summary>Sample standard deviation of the cell; NaN for fewer than two values.</summary>
    public double StandardDeviation(int group, int position, int metric)
    {
        long i = Index(group, position, metric);
        return _count[i] > 1 ? Math.Sqrt(_m2[i] / (_count[i] - 1)) : double.NaN;
    }

    /// <summary>Half-width of the t-based 95% CI of the cell's mean; NaN for fewer than two values.</summary>
    public double HalfWidth95(int group, int position, int metric)
    {
        long n = Count(group, position, metric);
        return n > 1 ? StudentT95.Critical(n - 1) * StandardDeviation(group, position, metric) / Math.Sqrt(n) : double.NaN;
    }

    private long Index(int group, int position, int metric) => ((((long)group * Positions) + position) * Metrics) + metric;
}
