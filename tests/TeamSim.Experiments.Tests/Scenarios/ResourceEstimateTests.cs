using System.Globalization;
using CsvHelper;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Tests.Scenarios;

public sealed class ResourceEstimateTests
{
    /// <summary>Peaks of <c>teamsim run classroom</c> recorded by the benchmark command <c>memory --peaks</c>.</summary>
    private const string PeaksFile = "tests/TeamSim.Experiments.Tests/Scenarios/memory-peaks.csv";

    private static readonly ScenarioLoader Loader = new(BuiltInModels.Catalog);

    [Fact]
    public void The_estimate_lies_between_1_00_and_1_15_times_every_measured_peak()
    {
        IReadOnlyList<(string Case, double Estimate, double Peak)> cases = MeasuredCases();
        Assert.True(cases.Count >= 8, "the peaks file records the benchmark grid");
        Assert.Contains(cases, c => c.Peak >= 2.0 * 1024 * 1024 * 1024); // large teams, not only the fixed overhead

        var outside = cases
            .Where(c => c.Estimate < c.Peak || c.Estimate > 1.15 * c.Peak)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Case}: estimate {c.Estimate / c.Peak:0.000} x peak"))
            .ToList();
        Assert.True(outside.Count == 0, "re-measure with the memory benchmark (docs/PERFORMANCE.md) after changing the estimate: " + string.Join("; ", outside));
    }

    [Fact]
    public void A_refused_team_is_told_the_largest_team_size_that_fits_the_limit()
    {
        Scenario s = Loader.LoadText("""{ "parameters": { "team.size": 20000 }, "policies": ["command", "inquiry"] }""", "big.json");
        ResourceEstimate estimate = ResourceEstimate.For(Loader.Resolver.Resolve(s), 2, events: false);
        var e = Assert.Throws<InputException>(() => estimate.EnsureWithin(ResourceEstimate.DefaultMemoryLimitBytes, ResourceEstimate.DefaultMemberTickLimit, "big.json"));

        var match = System.Text.RegularExpressions.Regex.Match(e.Message, @"at most about ([0-9,]+) fits this limit");
        Assert.True(match.Success, e.Message);
        int largest = int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(Fits(largest), $"team {largest} should fit 4 GiB");
        Assert.False(Fits(largest + 50), $"team {largest + 50} should not fit 4 GiB");

        static bool Fits(int team)
        {
            Scenario s = Loader.LoadText($$"""{ "parameters": { "team.size": {{team}} }, "policies": ["command", "inquiry"] }""", "t.json");
            return ResourceEstimate.For(Loader.Resolver.Resolve(s), 2, events: false).Bytes <= ResourceEstimate.DefaultMemoryLimitBytes;
        }
    }

    private static List<(string Case, double Estimate, double Peak)> MeasuredCases()
    {
        string path = Path.Combine(ScenarioSchemaTests.RepoRoot(), PeaksFile);
        var result = new List<(string, double, double)>();
        using CsvReader csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, FormatProvider = CultureInfo.InvariantCulture }, FileOptions.SequentialScan);
        csv.ReadHeader();
        Assert.Equal(["team", "ticks", "replications", "threads", "policy", "peak_bytes"], csv.Headers);
        while (csv.Read())
        {
            int team = Int(csv.GetString(0));
            int ticks = Int(csv.GetString(1));
            int replications = Int(csv.GetString(2));
            int threads = Int(csv.GetString(3));
            string policy = csv.GetString(4);
            double peak = double.Parse(csv.GetString(5), CultureInfo.InvariantCulture);

            var overrides = new ScenarioOverrides(replications, null, ticks, policy.Length > 0 ? [policy] : [], [$"team.size={team}"]);
            ResolvedScenario resolved = Loader.Resolver.Resolve(Loader.Resolver.ApplyOverrides(Loader.Load("classroom"), overrides));
            double estimate = ResourceEstimate.For(resolved, new RunnerOptions(threads).EffectiveThreads, events: false).Bytes;
            result.Add(($"team {team}, {ticks} ticks, {replications} replications, {threads} threads {policy}", estimate, peak));
        }

        return result;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
