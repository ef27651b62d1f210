namespace TeamSim.Experiments.Designs;

/// <summary>
/// Tells <see cref="FactorReader"/> that a file's factors must be ranges (min and max), as a calibration's
/// uniform priors are, and what to say about a list of values or grid levels.
/// </summary>
/// <param name="ValuesProblem">The problem with a factor given as a list of values.</param>
/// <param name="LevelsProblem">The problem with grid levels on a range.</param>
public sealed record RangeOnlyFactors(string ValuesProblem, string LevelsProblem);
