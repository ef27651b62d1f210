namespace TeamSim.Experiments.Designs;

/// <summary>
/// An experimental design: turns factors and a seed into design points. The same factors and
/// seed always give the same points in the same order, so a sweep can be resumed, sharded and
/// analysed by index.
/// </summary>
public interface IDesign
{
    /// <summary>The design's name in sweep files (<c>grid</c>, <c>lhs</c>, <c>sobol</c>, <c>morris</c>).</summary>
    string Kind { get; }

    /// <summary>How many points <see cref="Generate"/> returns for these factors.</summary>
    int PointCount(IReadOnlyList<Factor> factors);

    /// <summary>The design points as unit-cube rows, one column per factor, in a fixed order.</summary>
    DesignMatrix Generate(IReadOnlyList<Factor> factors, ulong seed);
}
