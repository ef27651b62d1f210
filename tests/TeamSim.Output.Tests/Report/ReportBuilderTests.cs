using System.Text.RegularExpressions;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Report;

namespace TeamSim.Output.Tests.Report;

public sealed partial class ReportBuilderTests : IClassFixture<ClassroomReportFixture>
{
    private readonly ClassroomReportFixture _fixture;

    public ReportBuilderTests(ClassroomReportFixture fixture) => _fixture = fixture;

    [Fact]
    public void The_report_is_written_into_the_results_folder_and_leaves_no_temporary_file()
    {
        Assert.Equal(Path.Combine(Path.GetFullPath(_fixture.Folder), "report.html"), _fixture.ReportPath);
        Assert.Empty(Directory.GetFiles(_fixture.Folder, "*.tmp"));
        Assert.StartsWith("<!DOCTYPE html>", _fixture.Html);
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network_and_has_no_scripts()
    {
        Assert.DoesNotMatch(RemoteReference(), _fixture.Html);
        Assert.DoesNotContain("<script", _fixture.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", _fixture.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", _fixture.Html);
    }

    [Fact]
    public void The_page_has_every_section_and_figure()
    {
        foreach (string section in new[] { "headline", "simulated", "policies", "outcomes", "over-time", "paradox", "inside", "parameters", "discussion", "reproduce" })
        {
            Assert.Contains($"id=\"{section}\"", _fixture.Html);
        }

        foreach (string figure in ExpectedFigures(_fixture.Result.Scenario.Policies.Count))
        {
            Assert.Matches($"<figure id=\"fig-{figure}\" data-figure=\"{figure}\">\\s*<svg", _fixture.Html);
        }
    }

    [Fact]
    public void The_headline_carries_its_CI_and_the_illustrative_assumptions_note()
    {
        Assert.Matches("class=\"headline-text\"[^>]*>[^<]*95% CI", _fixture.Html);
        Assert.Contains("illustrative assumptions, not measurements", _fixture.Html);
    }

    [Fact]
    public void Next_to_the_headline_the_page_says_in_how_many_paired_runs_the_better_policy_won()
    {
        Assert.Matches(
            "class=\"headline-text\"[^>]*>[^<]*</p>\n<p class=\"headline-paired\">[A-Z][a-z+-]*-led teams [a-z]+ (less|more) [a-z ]+ than [a-z+-]+-led teams in [0-9]+(\\.5)? of 12 paired runs \\(95% CI [0-9]+% to [0-9]+%[^)]*\\); the median paired difference was [^<]+\\.</p>",
            _fixture.Html);
    }

    [Fact]
    public void The_paired_sentence_is_html_escaped()
    {
        ReportData data = ResultsFolderReader.Read(_fixture.Folder);
        string b = data.Policies[1].Name;
        const string Hostile = "<i>x</i>";
        ReportData renamed = data with
        {
            Policies = data.Policies.Select(p => p.Name == b ? p with { Name = Hostile } : p).ToArray(),
            Summary = data.Summary.Select(r => r.Policy == b ? r with { Policy = Hostile } : r).ToArray(),
            Comparisons = data.Comparisons.Select(r => r.PolicyB == b ? r with { PolicyB = Hostile } : r).ToArray(),
        };

        string html = ReportBuilder.Build(renamed, BuiltInModels.Catalog);

        Assert.Matches("<p class=\"headline-paired\">[^<]*&lt;i&gt;x&lt;/i&gt;", html);
        Assert.DoesNotContain("<i>x</i>", html);
    }

    [Fact]
    public void Figure_ids_are_unique_in_the_page_so_clip_paths_do_not_collide()
    {
        string[] ids = IdAttribute().Matches(_fixture.Html).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_representative_run_is_the_median_replication_and_reproduces_its_recorded_value()
    {
        ReportData data = ResultsFolderReader.Read(_fixture.Folder);
        for (int p = 0; p < data.Policies.Count; p++)
        {
            RepresentativeRun? run = RepresentativeRunner.Run(data, BuiltInModels.Catalog, p, "total_damage");
            Assert.NotNull(run);
            double[] damage = data.RunValues[p]["total_damage"];
            double[] sorted = damage.Where(double.IsFinite).Order().ToArray();
            Assert.Equal(sorted[(sorted.Length - 1) / 2], run.Recorded);
            Assert.Equal(run.Recorded, damage[run.Replication]);
            Assert.True(run.Reproduced, $"re-run gave {run.Rerun}, runs.csv has {run.Recorded}");
            Assert.NotNull(run.Early);
            Assert.NotNull(run.Late);
            Assert.Contains(run.Events, e => e.Kind == "help");

            // The early window is the first steps 1..w; their events carry ticks 0..w-1 (the tick a step starts from).
            Assert.Equal(1, run.Early.FromTick);
            Assert.Equal(run.Events.Count(e => e.Kind == "help" && e.Tick < run.Early.ToTick), run.Early.Help.Sum());
            Assert.Equal(run.Events.Count(e => e.Kind == "help" && e.Tick >= run.Late.FromTick - 1), run.Late.Help.Sum());
        }
    }

    [Fact]
    public void Both_policies_show_the_same_team_the_one_with_a_typical_paired_gap()
    {
        ReportData data = ResultsFolderReader.Read(_fixture.Folder);
        int shared = RepresentativeRunner.PairedReplication(data, "total_damage");
        double[] a = data.RunValues[0]["total_damage"], b = data.RunValues[1]["total_damage"];
        double[] gaps = a.Select((x, r) => b[r] - x).ToArray();
        double[] sorted = [.. gaps.Order()];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        Assert.All(gaps, g => Assert.True(Math.Abs(gaps[shared] - median) <= Math.Abs(g - median)));
        for (int p = 0; p < data.Policies.Count; p++)
        {
            Assert.Contains($"-led team (run {shared})</h3>", _fixture.Html);
            RepresentativeRun? run = RepresentativeRunner.Run(data, BuiltInModels.Catalog, p, "total_damage", shared);
            Assert.NotNull(run);
            Assert.Equal(shared, run.Replication);
            Assert.True(run.Reproduced, $"policy {p}: re-run gave {run.Rerun}, runs.csv has {run.Recorded}");
        }

        Assert.Equal(data.Policies.Count, Regex.Count(_fixture.Html, $"-led team \\(run {shared}\\)</h3>"));
    }

    [Fact]
    public void The_paired_replication_is_nearest_the_median_gap_ties_to_the_lower_and_skips_undefined_runs()
    {
        ReportData data = ResultsFolderReader.Read(_fixture.Folder);
        ReportData Made(double[] a, double[] b) => data with
        {
            RunValues = [new Dictionary<string, double[]> { ["total_damage"] = a }, new Dictionary<string, double[]> { ["total_damage"] = b }],
        };

        // Gaps 10, -5, 3, 7, 1: median 3 -> replication 2.
        Assert.Equal(2, RepresentativeRunner.PairedReplication(Made([0, 10, 0, 0, 4], [10, 5, 3, 7, 5]), "total_damage"));
        // Gaps 1, 2, 4, 5: median 3, replications 1 and 2 equally near -> the lower.
        Assert.Equal(1, RepresentativeRunner.PairedReplication(Made([0, 0, 0, 0], [1, 2, 4, 5]), "total_damage"));
        // An undefined run on either side is not a candidate: gaps NaN, 2, NaN, 9, 4 -> median 4 -> replication 4.
        Assert.Equal(4, RepresentativeRunner.PairedReplication(Made([double.NaN, 0, 0, 0, 0], [1, 2, double.NaN, 9, 4]), "total_damage"));
    }

    [Fact]
    public void Hostile_scenario_descriptions_and_policy_names_show_as_text()
    {
        ReportData data = ResultsFolderReader.Read(_fixture.Folder);
        const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        ReportPolicy[] policies = data.Policies.Select((p, i) => p with { Name = i == 0 ? "<b onclick=\"evil()\">boss</b>" : p.Name }).ToArray();
        string oldName = data.Policies[0].Name;
        ReportData hostile = data with
        {
            ScenarioName = "\"><svg onload=alert(1)>",
            Description = Hostile,
            Policies = policies,
            Summary = data.Summary.Select(r => r.Policy == oldName ? r with { Policy = policies[0].Name } : r).ToArray(),
            Comparisons = data.Comparisons.Select(r => r with { PolicyA = r.PolicyA == oldName ? policies[0].Name : r.PolicyA, PolicyB = r.PolicyB == oldName ? policies[0].Name : r.PolicyB }).ToArray(),
        };

        string html = ReportBuilder.Build(hostile, BuiltInModels.Catalog);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;b onclick=&quot;evil()&quot;&gt;boss&lt;/b&gt;", html);
    }

    [Fact]
    public void A_folder_without_results_is_bad_input_naming_the_missing_file()
    {
        string empty = TestResults.NewFolder();
        Directory.CreateDirectory(empty);
        try
        {
            var e = Assert.Throws<TeamSim.Experiments.InputException>(() => ReportWriter.Write(empty, BuiltInModels.Catalog));
            Assert.Contains("manifest.json", e.Message);
            Assert.False(File.Exists(Path.Combine(empty, "report.html")));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData(new double[] { 5, 1, 3 }, 2)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 3)]
    [InlineData(new double[] { double.NaN, 7 }, 1)]
    [InlineData(new double[] { double.NaN }, -1)]
    public void The_median_replication_is_the_lower_middle_of_the_defined_values(double[] values, int expected) =>
        Assert.Equal(expected, RepresentativeRunner.MedianReplication(values));

    internal static IEnumerable<string> ExpectedFigures(int policies)
    {
        yield return "damage";
        yield return "open";
        yield return "safety";
        yield return "paradox";
        for (int p = 0; p < policies; p++)
        {
            yield return "network-" + p;
            yield return "timeline-" + p;
        }
    }

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteReference();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();
}
