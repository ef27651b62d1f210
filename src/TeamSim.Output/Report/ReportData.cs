namespace TeamSim.Output.Report;

/// <summary>What a results folder says about a finished run: the manifest plus the CSV tables the report draws from.</summary>
/// <param name="Folder">The results folder (full path).</param>
/// <param name="ScenarioName">Scenario name.</param>
/// <param name="Description">Scenario description as written by its author (escape before showing).</param>
/// <param name="Source">Where the scenario came from (<c>built-in:classroom</c> or a file path).</param>
/// <param name="Model">Model name (<c>team</c>, <c>march1991</c>).</param>
/// <param name="Ticks">Horizon in ticks.</param>
/// <param name="Replications">Replications per policy.</param>
/// <param name="Seed">Master seed; replication r of every policy uses <c>RunSeeds(Seed, 0, r)</c>.</param>
/// <param name="ScenarioValues">Parameters the scenario file sets, then <c>--set</c> overrides, as the user writes them.</param>
/// <param name="CommandLine">The command-line arguments that produced the folder.</param>
/// <param name="Version">TeamSim version that wrote the folder.</param>
/// <param name="Commit">Git commit of that TeamSim, if known.</param>
/// <param name="Policies">Policies in scenario order.</param>
/// <param name="Summary">summary.csv rows.</param>
/// <param name="Comparisons">comparison.csv rows.</param>
/// <param name="Series">timeseries.csv: per policy index, per metric name, the points in tick order.</param>
/// <param name="RunValues">runs.csv: per policy index, per run metric name, the values by replication.</param>
public sealed record ReportData(
    string Folder,
    string ScenarioName,
    string Description,
    string Source,
    string Model,
    int Ticks,
    int Replications,
    ulong Seed,
    IReadOnlyList<KeyValuePair<string, string>> ScenarioValues,
    IReadOnlyList<string> CommandLine,
    string Version,
    string? Commit,
    IReadOnlyList<ReportPolicy> Policies,
    IReadOnlyList<SummaryRow> Summary,
    IReadOnlyList<ComparisonRow> Comparisons,
    IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<TimePoint>>> Series,
    IReadOnlyList<IReadOnlyDictionary<string, double[]>> RunValues)
{
    /// <summary>The index of a policy by name, or -1.</summary>
    public int PolicyIndex(string name)
    {
        for (int i = 0; i < Policies.Count; i++)
        {
            if (Policies[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The summary row of a policy and metric, or null.</summary>
    public SummaryRow? SummaryOf(string policy, string metric) =>
        Summary.FirstOrDefault(r => r.Policy == policy && r.Metric == metric);

    /// <summary>The per-tick series of a policy and metric, or an empty list.</summary>
    public IReadOnlyList<TimePoint> SeriesOf(int policy, string metric) =>
        policy >= 0 && policy < Series.Count && Series[policy].TryGetValue(metric, out IReadOnlyList<TimePoint>? points) ? points : [];
}
