namespace TeamSim.Experiments.Sensitivity;

/// <summary>Sobol' first-order and total indices of one factor, with bootstrap confidence bounds.</summary>
/// <param name="Factor">Factor (parameter path).</param>
/// <param name="First">First-order index S1: share of output variance due to the factor alone, in [0, 1] up to sampling error.</param>
/// <param name="FirstLow">Lower confidence bound of S1.</param>
/// <param name="FirstHigh">Upper confidence bound of S1.</param>
/// <param name="Total">Total index ST: share of variance involving the factor, including interactions.</param>
/// <param name="TotalLow">Lower confidence bound of ST.</param>
/// <param name="TotalHigh">Upper confidence bound of ST.</param>
public sealed record SobolFactorIndices(
    string Factor,
    double First,
    double FirstLow,
    double FirstHigh,
    double Total,
    double TotalLow,
    double TotalHigh);
