namespace TeamSim.Output.Sweeps;

/// <summary>
/// The paired contrasts of a sweep kept for its figures: for every later policy b against the first
/// policy a, every analysed metric and every design point, a <see cref="PointContrast"/>.
/// </summary>
public sealed class SweepContrastTable
{
    private readonly PointContrast[] _cells;

    /// <summary>Creates a table of undefined contrasts.</summary>
    /// <param name="policies">Policy names in sweep order; the first is policy a of every pair.</param>
    /// <param name="metrics">Analysed metrics, in output order.</param>
    /// <param name="points">Design points.</param>
    /// <exception cref="ArgumentException">Fewer than two policies.</exception>
    public SweepContrastTable(IReadOnlyList<string> policies, IReadOnlyList<string> metrics, int points)
    {
        if (policies.Count < 2)
        {
            throw new ArgumentException("paired contrasts need at least two policies", nameof(policies));
        }

        Policies = policies;
        Metrics = metrics;
        Points = points;
        _cells = new PointContrast[(policies.Count - 1) * metrics.Count * points];
        Array.Fill(_cells, new PointContrast(double.NaN, double.NaN, double.NaN, double.NaN));
    }

    /// <summary>Policy names in sweep order.</summary>
    public IReadOnlyList<string> Policies { get; }

    /// <summary>Analysed metrics.</summary>
    public IReadOnlyList<string> Metrics { get; }

    /// <summary>Design points.</summary>
    public int Points { get; }

    /// <summary>Number of pairs: policy i + 1 against policy 0 is pair i.</summary>
    public int Pairs => Policies.Count - 1;

    /// <summary>The contrast of pair <paramref name="pair"/> in metric <paramref name="metric"/> at <paramref name="point"/>.</summary>
    public PointContrast this[int pair, int metric, int point]
    {
        get => _cells[Index(pair, metric, point)];
        set => _cells[Index(pair, metric, point)] = value;
    }

    private int Index(int pair, int metric, int point) => (((pair * Metrics.Count) + metric) * Points) + point;
}
