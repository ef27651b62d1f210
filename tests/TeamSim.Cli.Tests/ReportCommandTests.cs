using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void Run_writes_report_html_next_to_its_results_and_says_where()
    {
        string dir = Path.Combine(_work, "r");
        var result = CliRunner.Run("run", "classroom", "--out", dir, "-r", "4", "-t", "30");
        Assert.True(result.Code == 0, result.Err);
        string report = Path.Combine(Path.GetFullPath(dir), "report.html");
        Assert.Contains($"Report: {report}", result.Out);
        string html = File.ReadAllText(report);
        Assert.Contains("95% CI", html);
        Assert.Contains("teamsim run classroom --out", html);
    }

    [Fact]
    public void Run_with_no_plots_writes_no_report()
    {
        string dir = Path.Combine(_work, "n");
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", dir, "-r", "3", "-t", "10", "--no-plots", "--quiet").Code);
        Assert.False(File.Exists(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void Report_rewrites_the_page_of_an_existing_results_folder()
    {
        string dir = Path.Combine(_work, "x");
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", dir, "-r", "3", "-t", "10", "--no-plots", "--quiet").Code);

        var result = CliRunner.Run("report", dir);

        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("report.html", result.Out);
        Assert.Contains("<h1>classroom: command vs inquiry</h1>", File.ReadAllText(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void Report_on_a_folder_without_results_is_bad_input_and_writes_nothing()
    {
        string dir = Path.Combine(_work, "empty");
        Directory.CreateDirectory(dir);

        var result = CliRunner.Run("report", dir);

        Assert.Equal(2, result.Code);
        Assert.Contains("manifest.json", result.Err);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void Classroom_runs_the_classroom_scenario_and_writes_its_report_in_one_step()
    {
        string dir = Path.Combine(_work, "lesson");

        var result = CliRunner.Run(BuiltInModels.Catalog, "classroom", "--out", dir, "--quiet");

        Assert.True(result.Code == 0, result.Err);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Matches("class=\"headline-text\" data-metric=\"total_damage\" data-winner=\"(command|inquiry)\">[^<]*95% CI", html);
        Assert.Contains("teamsim classroom --out", html);
        Assert.Contains("id=\"fig-network-0\"", html);
        Assert.True(File.Exists(Path.Combine(dir, "runs.csv")));
    }

    [Fact]
    public void Classroom_refuses_a_non_empty_folder_without_force()
    {
        string dir = Path.Combine(_work, "busy");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "mine");

        var result = CliRunner.Run("classroom", "--out", dir);

        Assert.Equal(2, result.Code);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "keep.txt")));
        Assert.False(File.Exists(Path.Combine(dir, "report.html")));
    }

    [Theory]
    [InlineData("missing column", "runs.csv: row 0 (header): column 'replication' is missing")]
    [InlineData("empty runs", "runs.csv: empty; expected a header row")]
    [InlineData("non-numeric cell", "runs.csv: row 2, column 'total_damage': 'abc' is not a number")]
    [InlineData("missing rows", "runs.csv: 5 rows, but manifest.json describes 6 runs")]
    [InlineData("non-numeric summary", "summary.csv: row 1, column 'mean': 'n/a' is not a number")]
    public void Report_refuses_a_damaged_results_folder_with_one_line_naming_file_row_and_column_and_writes_nothing(string damage, string expected)
    {
        string dir = Path.Combine(_work, "d");
        Assert.Equal(0, CliRunner.Run("run", "classroom", "--out", dir, "-r", "3", "-t", "10", "--no-plots", "--quiet").Code);
        string runs = Path.Combine(dir, "runs.csv");
        string[] lines = File.ReadAllLines(runs);
        string[] header = lines[0].Split(',');
        switch (damage)
        {
            case "missing column":
                File.WriteAllLines(runs, lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => header[i] != "replication"))));
                break;
            case "empty runs":
                File.WriteAllText(runs, string.Empty);
                break;
            case "non-numeric cell":
                int damageColumn = Array.IndexOf(header, "total_damage");
                string[] cells = lines[2].Split(',');
                cells[damageColumn] = "abc";
                lines[2] = string.Join(',', cells);
                File.WriteAllLines(runs, lines);
                break;
            case "missing rows":
                File.WriteAllLines(runs, lines[..^1]);
                break;
            case "non-numeric summary":
                string summary = Path.Combine(dir, "summary.csv");
                string[] s = File.ReadAllLines(summary);
                string[] sc = s[1].Split(',');
                sc[Array.IndexOf(s[0].Split(','), "mean")] = "n/a";
                s[1] = string.Join(',', sc);
                File.WriteAllLines(summary, s);
                break;
        }

        string[] before = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        string manifest = File.ReadAllText(Path.Combine(dir, "manifest.json"));

        var result = CliRunner.Run("report", dir);

        Assert.Equal(2, result.Code);
        Assert.StartsWith(Path.Combine(dir, expected), result.Err, StringComparison.Ordinal); // "DIR/FILE: row R, column C: ..."
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Equal(before, Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(dir, "manifest.json")));
    }
}
