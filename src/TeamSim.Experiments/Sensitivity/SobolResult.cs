namespace TeamSim.Experiments.Sensitivity;

/// <summary>The Sobol' indices of one output.</summary>
/// <param name="Factors">First-order and total indices, in factor order.</param>
/// <param name="Pairs">Second-order indices (pairs i &lt; j), empty unless the design has second order.</param>
/// <param name="SamplesUsed">Base samples whose responses were all finite (failed runs drop their sample).</param>
/// <param name="Variance">Output variance over the A and B points.</param>
public sealed record SobolResult(
    IReadOnlyList<SobolFactorIndices> Factors,
    IReadOnlyList<SobolPairIndex> Pairs,
    int SamplesUsed,
    double Variance);
