namespace TeamSim.Output.Manifest;

/// <summary>Wall-clock seconds of each phase of a run; kept in manifest.json only, never in the CSV files.</summary>
/// <param name="SimulateSeconds">Running the models.</param>
/// <param name="WriteSeconds">Writing the CSV files.</param>
/// <param name="PlotSeconds">Drawing the plots.</param>
public sealed record PhaseTimings(double SimulateSeconds, double WriteSeconds, double PlotSeconds);
