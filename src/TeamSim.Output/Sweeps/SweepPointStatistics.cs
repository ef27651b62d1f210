using TeamSim.Experiments.Analysis;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Per policy, design point and metric: count, mean and standard deviation over replications, in
/// run order from runs.csv (a <see cref="WelfordGrid"/> over policy x point x metric).
/// </summary>
public sealed class SweepPointStatistics
{
    private readonly WelfordGrid _grid;

    /// <summary>Creates empty accumulators.</summary>
    public SweepPointStatistics(int policies, int points, int metrics) => _grid = new WelfordGrid(policies, points, metrics);

    /// <summary>Number of policies.</summary>
    public int Policies => _grid.Groups;

    /// <summary>Number of design points.</summary>
    public int Points => _grid.Positions;

    /// <summary>Number of metrics.</summary>
    public int Metrics => _grid.Metrics;

    /// <summary>Adds one run's value (non-finite values, which failed runs write, are skipped).</summary>
    public void Push(int policy, int point, int metric, double value)
    {
        if (double.IsFinite(value))
        {
            _grid.Push(policy, point, metric, value);
        }
    }

    /// <summary>Runs with a finite value.</summary>
    public long Count(int policy, int point, int metric) => _grid.Count(policy, point, metric);

    /// <summary>Mean over replications; NaN without values.</summary>
    public double Mean(int policy, int point, int metric) => _grid.Mean(policy, point, metric);

    /// <summary>Sample standard deviation; NaN for fewer than two values.</summary>
    public double StandardDeviation(int policy, int point, int metric) => _grid.StandardDeviation(policy, point, metric);

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
}
