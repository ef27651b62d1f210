namespace TeamSim.Experiments.March;

/// <summary>One cell of March's Figure 1: equilibrium code knowledge over independent closed-system runs.</summary>
/// <param name="P1">Socialisation rate.</param>
/// <param name="P2">Code learning rate.</param>
/// <param name="Iterations">Runs in the cell.</param>
/// <param name="MeanKnowledge">Mean equilibrium knowledge (sum of code x reality / m), in [-1, 1].</param>
/// <param name="Sd">Sample standard deviation of equilibrium knowledge across runs.</param>
/// <param name="Ci95Low">Lower end of the 95% confidence interval of the mean, inside [-1, 1] (BoundedInterval).</param>
/// <param name="Ci95High">Upper end of the 95% confidence interval of the mean, inside [-1, 1].</param>
/// <param name="MeanPeriods">Mean periods until the stopping rule held.</param>
/// <param name="CapHits">Runs stopped by max_periods before equilibrium (their final code is counted; should be 0).</param>
public sealed record MarchFigure1Row(
    double P1,
    double P2,
    int Iterations,
    double MeanKnowledge,
    double Sd,
    double Ci95Low,
    double Ci95High,
    double MeanPeriods,
    int CapHits);
