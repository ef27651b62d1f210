namespace TeamSim.Experiments.Designs;

/// <summary>How a factor's range is spread over the unit interval.</summary>
public enum FactorScale
{
    /// <summary>Equal steps in the value (the default).</summary>
    Linear,

    /// <summary>Equal steps in the logarithm of the value; needs a positive minimum.</summary>
    Log,
}
