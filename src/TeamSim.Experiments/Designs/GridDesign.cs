namespace TeamSim.Experiments.Designs;

/// <summary>
/// Full factorial design over every factor's levels (the listed values, or a range's evenly
/// spaced levels). The last factor varies fastest. The seed is not used.
/// </summary>
public sealed class GridDesign : IDesign
{
    /// <summary>Refuses grids larger than this many points (a typo guard, not a runner limit).</summary>
    public const int MaxPoints = 10_000_000;

    /// <inheritdoc />
    public string Kind => "grid";

    /// <inheritdoc />
    public int PointCount(IReadOnlyList<Factor> factors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(factors.Count);
        long count = 1;
        foreach (Factor f in factors)
        {
            count *= f.Levels;
            if (count > MaxPoints)
            {
                throw new ArgumentException($"the grid has more than {MaxPoints} points", nameof(factors));
            }
        }

        return (int)count;
    }

    /// <inheritdoc />
    public DesignMatrix Generate(IReadOnlyList<Factor> factors, ulong seed) =>
        Levels(factors, PointCount(factors), (f, level) => factors[f].LevelCoordinate(level));

    /// <summary>
    /// Every combination of the factors' levels, the last factor fastest; <paramref name="coordinate"/>
    /// gives factor f's unit coordinate at a level.
    /// </summary>
    internal static DesignMatrix Levels(IReadOnlyList<Factor> factors, int count, Func<int, int, double> coordinate)
    {
        int d = factors.Count;
        var unit = new double[count * d];
        var level = new int[d];
        for (int point = 0; point < count; point++)
        {
            for (int f = 0; f < d; f++)
            {
                unit[(point * d) + f] = coordinate(f, level[f]);
            }

            // Odometer: advance the last factor, carrying into earlier ones.
            for (int f = d - 1; f >= 0; f--)
            {
                if (++level[f] < factors[f].Levels)
                {
                    break;
                }

                level[f] = 0;
            }
        }

        return new DesignMatrix(d, unit);
    }
}
