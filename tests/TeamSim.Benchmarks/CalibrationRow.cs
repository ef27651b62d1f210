namespace TeamSim.Benchmarks;

/// <summary>One row of the targets table of docs/CALIBRATION.md and its measured cell.</summary>
/// <param name="Id">Short name printed in the fragment, e.g. <c>reviews</c>.</param>
/// <param name="PatternStart">How the row's pattern cell starts; matches the row in the document.</param>
/// <param name="Measured">The measured cell (markdown, one line, no '|').</param>
internal sealed record CalibrationRow(string Id, string PatternStart, string Measured);
