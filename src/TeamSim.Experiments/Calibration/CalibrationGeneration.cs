namespace TeamSim.Experiments.Calibration;

/// <summary>A finished generation of ABC-SMC: the particles kept and what it took to find them.</summary>
/// <param name="Number">Generation number, 1-based (1 = the sample from the prior).</param>
/// <param name="Tolerance">The generation's tolerance: the largest distance among the kept particles.</param>
/// <param name="AcceptanceRate">Share of the new particles closer than the previous tolerance; null for generation 1.</param>
/// <param name="Simulated">Particles simulated in this generation.</param>
/// <param name="Runs">Model runs in this generation (simulated x replications).</param>
/// <param name="Particles">The kept particles, by distance (ties in order of creation).</param>
public sealed record CalibrationGeneration(int Number, double Tolerance, double? AcceptanceRate, int Simulated, long Runs, IReadOnlyList<CalibrationParticle> Particles);
