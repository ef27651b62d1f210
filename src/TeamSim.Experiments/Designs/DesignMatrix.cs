namespace TeamSim.Experiments.Designs;

/// <summary>
/// The design points of a sweep as rows of unit-cube coordinates (one column per factor),
/// in the fixed order the runner and the sensitivity estimators rely on.
/// </summary>
public sealed class DesignMatrix
{
    private readonly double[] _unit;

    /// <summary>Wraps row-major unit coordinates; each must lie in [0, 1].</summary>
    /// <exception cref="ArgumentException">The length is not a multiple of the dimensions or a value is outside [0, 1].</exception>
    public DesignMatrix(int dimensions, double[] unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (unit.Length % dimensions != 0)
        {
            throw new ArgumentException($"{unit.Length} coordinates do not fill rows of {dimensions}", nameof(unit));
        }

        foreach (double u in unit)
        {
            if (!(u >= 0 && u <= 1))
            {
                throw new ArgumentException($"unit coordinate {u} outside [0, 1]", nameof(unit));
            }
        }

        Dimensions = dimensions;
        _unit = unit;
    }

    /// <summary>Number of factors (columns).</summary>
    public int Dimensions { get; }

    /// <summary>Number of design points (rows).</summary>
    public int Count => _unit.Length / Dimensions;

    /// <summary>The unit coordinate of one factor at one point.</summary>
    public double this[int point, int factor] => _unit[(point * Dimensions) + factor];

    /// <summary>One row of unit coordinates.</summary>
    public ReadOnlySpan<double> Row(int point) => _unit.AsSpan(point * Dimensions, Dimensions);

    /// <summary>The parameter values of one point, through each factor's mapping.</summary>
    public double[] Values(int point, IReadOnlyList<Factor> factors)
    {
        if (factors.Count != Dimensions)
        {
            throw new ArgumentException($"{factors.Count} factors for a design of {Dimensions} dimensions", nameof(factors));
        }

        var values = new double[Dimensions];
        for (int f = 0; f < Dimensions; f++)
        {
            values[f] = factors[f].ValueAt(this[point, f]);
        }

        return values;
    }
}
