namespace TeamSim.Core.Models;

/// <summary>
/// The range a metric's values can take: counts, damage and times are at least 0, shares and means of
/// [0, 1] state lie in [0, 1]. Intervals of the mean are built so that they stay inside it.
/// </summary>
/// <param name="Lower">Smallest possible value; <see cref="double.NegativeInfinity"/> when unbounded below.</param>
/// <param name="Upper">Largest possible value; <see cref="double.PositiveInfinity"/> when unbounded above.</param>
public readonly record struct MetricBounds(double Lower, double Upper)
{
    /// <summary>Any real value.</summary>
    public static MetricBounds Unbounded { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>Values at least 0: counts, damage, times, loads.</summary>
    public static MetricBounds NonNegative { get; } = new(0, double.PositiveInfinity);

    /// <summary>Values in [0, 1]: shares, rates, and means of [0, 1] state.</summary>
    public static MetricBounds UnitInterval { get; } = new(0, 1);

    /// <summary>True when there is a finite lower bound.</summary>
    public bool HasLower => double.IsFinite(Lower);

    /// <summary>True when there is a finite upper bound.</summary>
    public bool HasUpper => double.IsFinite(Upper);

    /// <summary>True when <paramref name="value"/> lies in the range (bounds included); NaN is not in any range.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
