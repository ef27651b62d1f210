using TeamSim.Experiments.Designs;

namespace TeamSim.Output.Sweeps;

/// <summary>A factor as recorded in a sweep manifest, enough to rebuild it.</summary>
/// <param name="Name">Parameter path.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Values">Listed values (stored form: choice index, 0/1), or null for a range.</param>
/// <param name="Scale"><c>linear</c> or <c>log</c>.</param>
/// <param name="Integer">Whole numbers only.</param>
/// <param name="Levels">Grid levels.</param>
public sealed record SweepFactorInfo(string Name, double Min, double Max, IReadOnlyList<double>? Values, string Scale, bool Integer, int Levels)
{
    /// <summary>Describes a factor.</summary>
    public static SweepFactorInfo From(Factor factor) => new(
        factor.Name,
        factor.Min,
        factor.Max,
        factor.IsList ? factor.Values.ToArray() : null,
        factor.Scale == FactorScale.Log ? "log" : "linear",
        factor.IsInteger,
        factor.Levels);

    /// <summary>Rebuilds the factor.</summary>
    public Factor ToFactor() => Values is { Count: > 0 }
        ? Factor.List(Name, Values)
        : Factor.Range(Name, Min, Max, Scale == "log" ? FactorScale.Log : FactorScale.Linear, Integer, Levels);
}
