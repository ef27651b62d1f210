namespace TeamSim.Output.Report;

/// <summary>One policy of a finished run, as recorded in manifest.json.</summary>
/// <param name="Name">Policy name as the user wrote it (may contain any text; escape before showing).</param>
/// <param name="Preset">The model preset it starts from, or null.</param>
/// <param name="Values">Every parameter as the user writes it (<c>0.7</c>, <c>true</c>, a choice name), by dotted name, in registry order.</param>
public sealed record ReportPolicy(string Name, string? Preset, IReadOnlyList<KeyValuePair<string, string>> Values);
