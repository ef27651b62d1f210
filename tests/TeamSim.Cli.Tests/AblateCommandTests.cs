using System.Globalization;
using System.Text.Json;
using TeamSim.Core.Team;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

/// <summary><c>teamsim ablate</c> end to end with the real models, on small sizes.</summary>
public sealed class AblateCommandTests : IDisposable
{
    private static readonly string[] Columns =
        ["variant", "policy", "metric", "n", "mean_baseline", "mean_variant", "mean_difference", "ci95_low", "ci95_high", "relative_change", "ranking_flips"];

    private readonly string _work = CliRunner.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void Ablate_writes_one_row_per_switch_policy_and_metric_with_the_documented_columns()
    {
        string dir = Path.Combine(_work, "a");
        var result = Ablate("classroom", "--out", dir, "-r", "4", "-t", "40", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Assert.Equal(string.Empty, result.Out);

        string[] lines = File.ReadAllLines(Path.Combine(dir, "ablations.csv"));
        Assert.Equal(string.Join(',', Columns), lines[0]);
        string[] switches = TeamParameters.Registry.Specs.Where(s => s.Name.StartsWith("ablate.", StringComparison.Ordinal)).Select(s => s.Name).ToArray();
        Assert.NotEmpty(switches);
        string[] policies = ["command", "inquiry"];
        var expected = (from v in switches from p in policies from m in TeamMetrics.Run select $"{v},{p},{m.Name}").Order(StringComparer.Ordinal).ToArray();
        var actual = lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        Assert.All(lines.Skip(1), l => Assert.Equal(Columns.Length, l.Split(',').Length));
    }

    [Fact]
    public void Ablate_writes_forest_plots_and_a_manifest_that_lists_every_file()
    {
        string dir = Path.Combine(_work, "m");
        var result = Ablate("classroom", "--out", dir, "-r", "3", "-t", "30", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        foreach (string file in new[] { "plots/forest_total_damage.png", "plots/forest_total_damage.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(dir, file)).Length > 0, file);
        }

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Equal("teamsim-results", manifest.RootElement.GetProperty("format").GetString());
        string[] listed = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal).ToArray();
        string[] present = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(present, listed);
        Assert.Equal(7, manifest.RootElement.GetProperty("ablation").GetProperty("variants").GetArrayLength());
    }

    [Fact]
    public void Switching_help_off_takes_help_requests_to_zero_in_the_variant()
    {
        string dir = Path.Combine(_work, "h");
        var result = Ablate("classroom", "--out", dir, "-r", "4", "-t", "40", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Dictionary<string, string>[] rows = Rows(dir).Where(r => r["variant"] == "ablate.help" && r["metric"] == "help_requests").ToArray();
        Assert.Equal(2, rows.Length);
        foreach (Dictionary<string, string> row in rows)
        {
            double baseline = Number(row["mean_baseline"]);
            Assert.True(baseline > 0, $"{row["policy"]}: the baseline should ask for help");
            Assert.Equal(0, Number(row["mean_variant"]));
            Assert.Equal(-baseline, Number(row["mean_difference"]));
            Assert.Equal(-1, Number(row["relative_change"]));
        }
    }

    [Fact]
    public void A_variant_identical_to_the_baseline_differs_by_exactly_zero()
    {
        // leader.inquiry_delay is 3 by default and neither classroom nor its presets change it.
        string dir = Path.Combine(_work, "z");
        var result = Ablate("classroom", "--out", dir, "-r", "4", "-t", "40", "--vary", "leader.inquiry_delay=3", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Dictionary<string, string>[] rows = Rows(dir).Where(r => r["variant"] == "leader.inquiry_delay=3").ToArray();
        Assert.Equal(2 * TeamMetrics.Run.Count, rows.Length);
        foreach (Dictionary<string, string> row in rows.Where(r => r["n"] != "0"))
        {
            Assert.Equal("0", row["mean_difference"]);
            Assert.Equal(row["mean_baseline"], row["mean_variant"]);
            Assert.Equal("false", row["ranking_flips"]);
        }

        // A real change moves something.
        Assert.Contains(Rows(dir), r => r["variant"] == "ablate.help" && r["mean_difference"] != "0");
    }

    [Fact]
    public void Ablations_csv_is_byte_identical_for_any_thread_count_and_culture()
    {
        string a = Path.Combine(_work, "t1");
        string b = Path.Combine(_work, "t2");
        Assert.Equal(0, Ablate("classroom", "--out", a, "-r", "5", "-t", "30", "--threads", "1", "--vary", "leader.inquiry_delay=0", "--quiet").Code);
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            // A comma-decimal culture (globalization-invariant builds have no named cultures).
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal(0, Ablate("classroom", "--out", b, "-r", "5", "-t", "30", "--threads", "2", "--vary", "leader.inquiry_delay=0", "--quiet").Code);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "ablations.csv")), File.ReadAllBytes(Path.Combine(b, "ablations.csv")));
    }

    [Fact]
    public void A_model_without_ablation_switches_and_no_vary_exits_2_and_writes_nothing()
    {
        string file = MarchScenario();
        string dir = Path.Combine(_work, "none");
        var result = Ablate(file, "--out", dir);
        Assert.Equal(2, result.Code);
        string[] lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("march", lines[0], StringComparison.Ordinal);
        Assert.Contains("no ablation switches", lines[0], StringComparison.Ordinal);
        Assert.Contains("--vary", lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_model_without_ablation_switches_runs_its_vary_variants()
    {
        string dir = Path.Combine(_work, "march");
        var result = Ablate(MarchScenario(), "--out", dir, "--vary", "p1=0.5", "--quiet");
        Assert.True(result.Code == 0, result.Err);
        Dictionary<string, string>[] rows = Rows(dir);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("p1=0.5", r["variant"]));
    }

    [Theory]
    [InlineData("leader.inquiryy=0.5", "did you mean 'leader.inquiry'")]
    [InlineData("leader.blame=3", "[0, 1]")]
    [InlineData("leader.blame", "expected path=value")]
    public void A_bad_vary_exits_2_with_one_line_and_writes_nothing(string vary, string message)
    {
        string dir = Path.Combine(_work, "bad");
        var result = Ablate("classroom", "--out", dir, "-r", "2", "-t", "10", "--vary", vary);
        Assert.Equal(2, result.Code);
        string[] lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("--vary " + vary, lines[0], StringComparison.Ordinal);
        Assert.Contains(message, lines[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_non_empty_out_folder_is_refused_without_force()
    {
        string dir = Path.Combine(_work, "full");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        var result = Ablate("classroom", "--out", dir, "-r", "2", "-t", "10", "--quiet");
        Assert.Equal(2, result.Code);
        Assert.Contains("--force", result.Err, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)).ToArray());
    }

    private static (int Code, string Out, string Err) Ablate(params string[] args) =>
        CliRunner.Run(BuiltInModels.Catalog, ["ablate", .. args]);

    private string MarchScenario()
    {
        Directory.CreateDirectory(_work);
        string file = Path.Combine(_work, "march.json");
        File.WriteAllText(file, """{ "name": "march", "model": "march1991", "ticks": 30, "replications": 3, "parameters": { "n": 20 } }""");
        return file;
    }

    private static Dictionary<string, string>[] Rows(string dir)
    {
        string[] lines = File.ReadAllLines(Path.Combine(dir, "ablations.csv"));
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(x => x.First, x => x.Second)).ToArray();
    }

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);
}
