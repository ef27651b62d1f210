namespace TeamSim.Output.March;

/// <summary>Where and what to write for a finished <c>teamsim march</c> computation.</summary>
/// <param name="Target">The results folder (created; must not exist or be empty unless <paramref name="Force"/>).</param>
/// <param name="Force">Replace a non-empty results folder.</param>
/// <param name="Plots">Draw the plots (PNG and SVG).</param>
/// <param name="Threads">Worker threads used, recorded in the manifest (results do not depend on it).</param>
/// <param name="StartedUtc">When the computation started, recorded in the manifest.</param>
/// <param name="SimulateSeconds">How long the simulation took, recorded in the manifest's timings.</param>
/// <param name="CommandLine">Command-line arguments recorded in the manifest.</param>
public sealed record MarchOutputRequest(
    string Target,
    bool Force,
    bool Plots,
    int Threads,
    DateTimeOffset StartedUtc,
    double SimulateSeconds,
    IReadOnlyList<string> CommandLine);
