namespace TeamSim.Experiments.March;

/// <summary>One open-system setting and its knowledge over time.</summary>
/// <param name="Options">The setting (p1, p2, p3, p4, horizon, iterations, seed).</param>
/// <param name="Points">One point per period, 1..horizon.</param>
public sealed record MarchOpenSystemSeries(MarchOpenSystemOptions Options, IReadOnlyList<MarchTimePoint> Points)
{
    /// <summary>A short legend label, e.g. <c>p3 = 0.1, p4 = 0.02</c>.</summary>
    public string Label => FormattableString.Invariant($"p1 = {Options.P1}, p2 = {Options.P2}, p3 = {Options.P3}, p4 = {Options.P4}");
}
