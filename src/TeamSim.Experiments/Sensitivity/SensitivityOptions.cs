namespace TeamSim.Experiments.Sensitivity;

/// <summary>How confidence intervals of sensitivity indices are bootstrapped.</summary>
/// <param name="Resamples">Bootstrap resamples (1000 is usual; 0 gives no intervals, reported as NaN).</param>
/// <param name="ConfidenceLevel">Coverage of the percentile intervals, in (0, 1); 0.95 by default.</param>
/// <param name="Seed">Seed of the bootstrap resampling, so intervals are reproducible.</param>
public sealed record SensitivityOptions(int Resamples = 1000, double ConfidenceLevel = 0.95, ulong Seed = 0)
{
    /// <summary>Checks the options once; throws with a message naming the bad field.</summary>
    public void Validate()
    {
        if (Resamples < 0)
        {
            throw new ArgumentException($"resamples must be >= 0, got {Resamples}");
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentException($"confidence level must be in (0, 1), got {ConfidenceLevel}");
        }
    }
}
