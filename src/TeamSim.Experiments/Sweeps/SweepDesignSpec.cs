using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// The design of a sweep as written in the sweep file and the manifest: enough to rebuild the
/// exact <see cref="IDesign"/> (and so the design points) later, e.g. for analysis.
/// </summary>
/// <param name="Kind"><c>grid</c>, <c>lhs</c>, <c>sobol</c>, <c>morris</c> or <c>boundary</c>.</param>
/// <param name="Points">LHS: number of points.</param>
/// <param name="Candidates">LHS: candidate hypercubes for maximin; Morris: candidate trajectories (0 or 1 = none).</param>
/// <param name="BaseSamples">Sobol: N, base samples.</param>
/// <param name="SecondOrder">Sobol: also the points for second-order indices.</param>
/// <param name="Trajectories">Morris: r.</param>
/// <param name="Levels">Morris: p (even).</param>
/// <param name="Budget">Boundary: most runs in all, the initial grid included.</param>
/// <param name="Metric">Boundary: the run metric whose paired contrasts decide where to refine.</param>
/// <param name="Rounds">Boundary: most refinement rounds after the initial grid.</param>
/// <param name="Depth">Boundary: most halvings of an initial grid cell (the refinement limit).</param>
public sealed record SweepDesignSpec(
    string Kind,
    int Points = 0,
    int Candidates = 0,
    int BaseSamples = 0,
    bool SecondOrder = false,
    int Trajectories = 0,
    int Levels = 4,
    long Budget = 0,
    string Metric = "",
    int Rounds = 0,
    int Depth = 0)
{
    /// <summary>The design kinds a sweep file may name.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["grid", "lhs", "sobol", "morris", "boundary"];

    /// <summary>True for a design whose later points depend on earlier results (<c>boundary</c>).</summary>
    public bool IsAdaptive => Kind == "boundary";

    /// <summary>Builds the design.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public IDesign Create() => Kind switch
    {
        "grid" => new GridDesign(),
        "lhs" => new LatinHypercubeDesign(Points, Math.Max(1, Candidates)),
        "sobol" => new SobolDesign(BaseSamples, SecondOrder),
        "morris" => new MorrisDesign(Trajectories, Levels, Candidates),
        "boundary" => new BoundaryDesign(Depth),
        _ => throw new ArgumentException($"unknown design '{Kind}'; known designs: {string.Join(", ", Kinds)}"),
    };
}
