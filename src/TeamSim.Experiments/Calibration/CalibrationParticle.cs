namespace TeamSim.Experiments.Calibration;

/// <summary>One particle of an ABC population: a parameter point, its importance weight and how close its simulations came to the targets.</summary>
/// <param name="Unit">Coordinates in the unit cube, one per factor (the prior is uniform there; <see cref="Designs.Factor.ValueAt"/> maps them to values).</param>
/// <param name="Values">Parameter values, one per factor.</param>
/// <param name="Weight">Importance weight (not normalised; relative to the population's other weights).</param>
/// <param name="Distance">sqrt(sum(((mean - value) / sd)^2)) over the targets; +infinity when a mean is undefined.</param>
/// <param name="Means">The mean over replications of each target metric.</param>
public sealed record CalibrationParticle(IReadOnlyList<double> Unit, IReadOnlyList<double> Values, double Weight, double Distance, IReadOnlyList<double> Means);
