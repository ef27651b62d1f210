namespace TeamSim.Analysis.Events;

/// <summary>One request for help between members.</summary>
/// <param name="Tick">The tick the step of the request ends at (1-based, as in timeseries.csv).</param>
/// <param name="Asker">Member who asked, 0-based.</param>
/// <param name="Helper">Member asked, 0-based.</param>
public readonly record struct HelpRequest(int Tick, int Asker, int Helper);
