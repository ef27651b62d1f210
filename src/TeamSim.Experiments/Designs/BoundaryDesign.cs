namespace TeamSim.Experiments.Designs;

/// <summary>
/// The initial grid of the adaptive <c>boundary</c> design: every factor's levels, as a full
/// factorial (last factor fastest, like <see cref="GridDesign"/>), placed on a finer lattice into
/// which <see cref="BoundaryRefiner"/> later bisects cells. The seed is not used.
/// </summary>
/// <remarks>
/// A factor with L levels has a lattice of (L - 1) 2^depth + 1 positions; lattice position i is the
/// unit coordinate i / ((L - 1) 2^depth), so level k of the initial grid (position k 2^depth) is
/// exactly the grid's k / (L - 1).
/// </remarks>
public sealed class BoundaryDesign : IDesign
{
    /// <summary>Most halvings of an initial cell.</summary>
    public const int MaxDepth = 16;

    /// <summary>Most lattice steps along one factor, (levels - 1) 2^depth.</summary>
    public const long MaxLatticeSteps = 1 << 24;

    /// <summary>Creates the design with the refinement limit <paramref name="depth"/> (halvings of an initial cell, 1 to <see cref="MaxDepth"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The depth is out of range.</exception>
    public BoundaryDesign(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        Depth = depth;
    }

    /// <summary>Most halvings of an initial grid cell.</summary>
    public int Depth { get; }

    /// <inheritdoc />
    public string Kind => "boundary";

    /// <summary>Positions of a factor's lattice: (levels - 1) 2^depth + 1.</summary>
    public int LatticeSize(Factor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return ((factor.Levels - 1) << Depth) + 1;
    }

    /// <inheritdoc />
    public int PointCount(IReadOnlyList<Factor> factors) => new GridDesign().PointCount(factors);

    /// <inheritdoc />
    public DesignMatrix Generate(IReadOnlyList<Factor> factors, ulong seed) =>
        GridDesign.Levels(factors, PointCount(factors), (f, level) => Unit(level << Depth, LatticeSize(factors[f])));

    /// <summary>The unit coordinate of lattice position <paramref name="position"/> of <paramref name="size"/>.</summary>
    public static double Unit(int position, int size) => size <= 1 ? 0.0 : position / (double)(size - 1);
}
