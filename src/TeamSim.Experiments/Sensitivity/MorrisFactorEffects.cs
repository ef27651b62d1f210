namespace TeamSim.Experiments.Sensitivity;

/// <summary>Morris elementary-effect statistics of one factor, effects measured per whole unit range of the factor.</summary>
/// <param name="Factor">Factor (parameter path).</param>
/// <param name="Effects">Number of finite elementary effects (one per trajectory unless runs failed).</param>
/// <param name="Mu">Mean effect (signed; effects of opposite sign cancel).</param>
/// <param name="MuStar">Mean absolute effect mu* (Campolongo et al. 2007): overall importance.</param>
/// <param name="Sigma">Standard deviation of the effects: non-linearity or interactions.</param>
/// <param name="MuStarLow">Lower bootstrap confidence bound of mu*.</param>
/// <param name="MuStarHigh">Upper bootstrap confidence bound of mu*.</param>
public sealed record MorrisFactorEffects(
    string Factor,
    int Effects,
    double Mu,
    double MuStar,
    double Sigma,
    double MuStarLow,
    double MuStarHigh);
