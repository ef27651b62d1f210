namespace TeamSim.Experiments.Designs;

/// <summary>
/// One varied parameter of a sweep: a model parameter path with a range or a list of values.
/// Designs work in the unit cube; a factor maps a coordinate u in [0, 1] to a parameter value.
/// </summary>
/// <remarks>
/// A listed factor with k values maps u to value <c>floor(u k)</c> (the last one at u = 1), so
/// uniform u picks every value equally often and the levels <c>i/(k-1)</c> of a grid or a Morris
/// design pick value i. A range maps u linearly or logarithmically; an integer range splits
/// [min, max + 1) into equal cells so every integer is equally likely.
/// </remarks>
public sealed class Factor
{
    private readonly double[] _values;

    private Factor(string name, double min, double max, double[] values, FactorScale scale, bool isInteger, int levels)
    {
        Name = name;
        Min = min;
        Max = max;
        _values = values;
        Scale = scale;
        IsInteger = isInteger;
        Levels = levels;
    }

    /// <summary>The parameter path (for example <c>leader.inquiry</c>).</summary>
    public string Name { get; }

    /// <summary>Smallest value (of the range, or of the listed values).</summary>
    public double Min { get; }

    /// <summary>Largest value (of the range, or of the listed values).</summary>
    public double Max { get; }

    /// <summary>The listed values, in the order given; empty for a range factor.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>True when the factor is a list of values rather than a range.</summary>
    public bool IsList => _values.Length > 0;

    /// <summary>Spacing of a range factor.</summary>
    public FactorScale Scale { get; }

    /// <summary>True when a range factor takes whole numbers only.</summary>
    public bool IsInteger { get; }

    /// <summary>Number of grid levels: the list length, or the levels asked for a range (at least 1).</summary>
    public int Levels { get; }

    /// <summary>A factor over a range [min, max].</summary>
    /// <param name="name">Parameter path.</param>
    /// <param name="min">Smallest value; must be positive on a log scale.</param>
    /// <param name="max">Largest value; greater than or equal to <paramref name="min"/>.</param>
    /// <param name="scale">Linear or logarithmic spacing.</param>
    /// <param name="isInteger">True to take whole numbers only (min and max must then be whole).</param>
    /// <param name="levels">Grid levels spread evenly over the unit interval (1 = min only); ignored by other designs.</param>
    /// <exception cref="ArgumentException">A bound is not finite, the range is reversed, a log range is not positive, or levels &lt; 1.</exception>
    public static Factor Range(string name, double min, double max, FactorScale scale = FactorScale.Linear, bool isInteger = false, int levels = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"{name}: min and max must be finite numbers");
        }

        if (max < min)
        {
            throw new ArgumentException($"{name}: max ({max}) is below min ({min})");
        }

        if (scale == FactorScale.Log && min <= 0)
        {
            throw new ArgumentException($"{name}: a log scale needs min > 0, got {min}");
        }

        if (isInteger && (min != Math.Floor(min) || max != Math.Floor(max)))
        {
            throw new ArgumentException($"{name}: an integer factor needs whole min and max");
        }

        if (levels < 1)
        {
            throw new ArgumentException($"{name}: levels must be at least 1, got {levels}");
        }

        return new Factor(name, min, max, [], scale, isInteger, levels);
    }

    /// <summary>A factor over a list of values (numbers, or choice indices and 0/1 switches).</summary>
    /// <exception cref="ArgumentException">The list is empty or holds a value that is not finite.</exception>
    public static Factor List(string name, IEnumerable<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        double[] copy = values.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException($"{name}: the list of values is empty");
        }

        foreach (double v in copy)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"{name}: values must be finite numbers");
            }
        }

        return new Factor(name, copy.Min(), copy.Max(), copy, FactorScale.Linear, false, copy.Length);
    }

    /// <summary>The value at unit coordinate <paramref name="u"/> (clamped to [0, 1]).</summary>
    public double ValueAt(double u)
    {
        u = Math.Clamp(u, 0.0, 1.0);
        if (IsList)
        {
            return _values[Math.Min((int)(u * _values.Length), _values.Length - 1)];
        }

        if (IsInteger)
        {
            double cell = Scale == FactorScale.Log
                ? Math.Exp(Math.Log(Min) + (u * (Math.Log(Max + 1) - Math.Log(Min))))
                : Min + (u * (Max - Min + 1));
            return Math.Clamp(Math.Floor(cell), Min, Max);
        }

        // The ends are the bounds as written: exp(log(0.005)) is 0.005000000000000002, which a
        // reader of runs.csv would take for a different value.
        if (u == 0 || u == 1)
        {
            return u == 0 ? Min : Max;
        }

        double value = Scale == FactorScale.Log
            ? Math.Exp(Math.Log(Min) + (u * (Math.Log(Max) - Math.Log(Min))))
            : Min + (u * (Max - Min));
        return Math.Clamp(value, Min, Max);
    }

    /// <summary>The unit coordinate of grid level <paramref name="level"/> (0-based, below <see cref="Levels"/>).</summary>
    public double LevelCoordinate(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, Levels);
        return Levels == 1 ? 0.0 : level / (double)(Levels - 1);
    }
}
