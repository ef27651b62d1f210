namespace TeamSim.Explorer.Simulation;

/// <summary>What a share link holds: the setup it describes and what in it could not be used.</summary>
/// <param name="Setup">The setup; every rejected or missing key keeps the classroom default.</param>
/// <param name="Problems">One line a rejected key, naming the key, its value and what is allowed; empty when the link is clean.</param>
public sealed record SharedLink(ExplorerSetup Setup, IReadOnlyList<string> Problems);
