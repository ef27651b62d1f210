using System.Security.Cryptography;
using System.Text.Json;

namespace TeamSim.Cli.Tests;

/// <summary><c>teamsim classroom</c> runs through the same pipeline as <c>teamsim run classroom</c>.</summary>
public sealed class ClassroomCommandTests : IDisposable
{
    private readonly string _work = CliRunner.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static SortedDictionary<string, string> CsvDigests(string folder) =>
        new(Directory.GetFiles(folder, "*.csv").ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    [Fact]
    public void Classroom_writes_the_same_csv_bytes_as_run_classroom_and_records_its_own_command()
    {
        string lesson = Path.Combine(_work, "lesson"), run = Path.Combine(_work, "run");

        var classroom = CliRunner.Run("classroom", "-o", lesson, "--quiet");
        var direct = CliRunner.Run("run", "classroom", "--out", run, "--quiet", "--threads", "3");

        Assert.True(classroom.Code == 0 && direct.Code == 0, classroom.Err + direct.Err);
        Assert.Equal(4, CsvDigests(lesson).Count);
        Assert.Equal(CsvDigests(run), CsvDigests(lesson));
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(lesson, "manifest.json")));
        Assert.Equal(["classroom", "-o", lesson, "--quiet"], manifest.RootElement.GetProperty("command_line").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Classroom_prints_what_it_runs_the_headline_and_the_report_like_run()
    {
        var result = CliRunner.Run("classroom", "--out", Path.Combine(_work, "c"));

        Assert.True(result.Code == 0, result.Err);
        string[] lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("classroom: 2 policies x ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  total_damage (mean, 95% CI): ", StringComparison.Ordinal));
        Assert.Equal($"Report: {Path.Combine(_work, "c", "report.html")}", lines[^1].Trim());
    }
}
