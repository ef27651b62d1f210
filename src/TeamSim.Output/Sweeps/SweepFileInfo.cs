namespace TeamSim.Output.Sweeps;

/// <summary>A result file listed in the manifest with its checksum.</summary>
/// <param name="Path">Path relative to the sweep folder.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
public sealed record SweepFileInfo(string Path, long Bytes, string Sha256);
