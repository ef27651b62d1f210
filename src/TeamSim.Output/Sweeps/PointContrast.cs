namespace TeamSim.Output.Sweeps;

/// <summary>What a regime map needs of one paired contrast at one design point.</summary>
/// <param name="MeanDifference">Mean of b - a over the paired replications; NaN without pairs.</param>
/// <param name="CiLow">Lower end of its 95% t interval; NaN for fewer than two pairs.</param>
/// <param name="CiHigh">Upper end of its 95% t interval; NaN for fewer than two pairs.</param>
/// <param name="RelativeDifference">Mean difference / mean of a (a ratio, 0.1 = 10% above a); NaN or infinite when a's mean is 0.</param>
public readonly record struct PointContrast(double MeanDifference, double CiLow, double CiHigh, double RelativeDifference)
{
    /// <summary>True when the 95% CI of the mean difference includes 0 or is undefined: no clear winner here.</summary>
    public bool CiIncludesZero => !(CiLow > 0 || CiHigh < 0);
}
