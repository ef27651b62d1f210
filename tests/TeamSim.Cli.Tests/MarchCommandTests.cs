namespace TeamSim.Cli.Tests;

public sealed class MarchCommandTests : IDisposable
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
    public void Ctrl_c_during_march_leaves_no_results_folder_and_no_temporary_folder_and_exits_130()
    {
        // The real CLI in a child process, interrupted with SIGINT while it simulates.
        Directory.CreateDirectory(_work);
        string target = Path.Combine(_work, "interrupted");
        using var child = CliProcess.Start(_work, "march", "--iterations", "2000000", "--threads", "2", "--out", target);
        string? header = child.StandardOutput.ReadLine(); // printed just before the simulation starts
        Assert.StartsWith("march1991:", header, StringComparison.Ordinal);
        Thread.Sleep(500); // well inside the simulation
        Assert.False(child.HasExited, "march finished before it could be interrupted; make it longer");
        CliProcess.Interrupt(child);
        var result = CliProcess.Finish(child);

        Assert.Equal(130, result.Code);
        Assert.Equal($"interrupted; nothing was written to {target}", result.Err.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_work));
    }

    [Fact]
    public void March_prints_the_table_and_writes_csv_plots_and_manifest()
    {
        string dir = Path.Combine(_work, "m");
        var result = CliRunner.Run("march", "--p1", "0.1,0.9", "--p2", "0.9", "--iterations", "60", "--open-iterations", "8", "--out", dir);

        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("mean_knowledge", result.Out, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(Path.Combine(dir, "march.csv"));
        Assert.Equal("p1,p2,iterations,mean_knowledge,sd,ci95_low,ci95_high,mean_periods", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("0.1,0.9,60,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("0.9,0.9,60,", lines[2], StringComparison.Ordinal);
        foreach (string file in new[] { "march_open.csv", "manifest.json", "plots/march_figure1.png", "plots/march_figure1.svg", "plots/march_open_systems.png" })
        {
            Assert.True(new FileInfo(Path.Combine(dir, file)).Length > 0, file);
        }
    }

    [Fact]
    public void March_csv_is_identical_for_one_thread_and_two()
    {
        string a = Path.Combine(_work, "a");
        string b = Path.Combine(_work, "b");
        string[] common = ["march", "--p1", "0.2,0.6", "--p2", "0.5", "-n", "40", "--open-iterations", "0", "--no-plots", "--quiet"];
        Assert.Equal(0, CliRunner.Run([.. common, "--threads", "1", "--out", a]).Code);
        Assert.Equal(0, CliRunner.Run([.. common, "--threads", "2", "--out", b]).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "march.csv")), File.ReadAllBytes(Path.Combine(b, "march.csv")));
        Assert.False(File.Exists(Path.Combine(a, "march_open.csv")));
    }

    [Theory]
    [InlineData("--p1", "0.1,1.5", "--p1: '1.5' is not a number in [0, 1]")]
    [InlineData("--p2", "0.5,abc", "--p2: 'abc' is not a number in [0, 1]")]
    [InlineData("--p1", "0.3,0.3", "--p1: 0.3 appears twice")]
    [InlineData("--iterations", "0", "--iterations: must be an integer in [1, 10000000]")]
    [InlineData("--threads", "-1", "--threads: must be an integer in [0, 1024]")]
    public void Bad_march_input_exits_2_naming_the_option_and_writes_nothing(string option, string value, string expected)
    {
        string dir = Path.Combine(_work, "bad");
        string[] small = option == "--iterations" ? [] : ["-n", "5"];
        var result = CliRunner.Run(["march", option, value, "--out", dir, "--open-iterations", "0", .. small]);

        Assert.Equal(2, result.Code);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }
}
