namespace TeamSim.Experiments.Sensitivity;

/// <summary>Sobol' second-order index of a pair of factors: the variance share of their interaction alone.</summary>
/// <param name="FactorA">First factor.</param>
/// <param name="FactorB">Second factor.</param>
/// <param name="Second">Second-order index S2.</param>
/// <param name="Low">Lower confidence bound.</param>
/// <param name="High">Upper confidence bound.</param>
public sealed record SobolPairIndex(string FactorA, string FactorB, double Second, double Low, double High);
