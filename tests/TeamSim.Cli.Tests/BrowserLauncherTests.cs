using TeamSim.Cli.Commands;

namespace TeamSim.Cli.Tests;

public sealed class BrowserLauncherTests
{
    [Theory]
    [InlineData(true, null, null, false)]      // Linux over SSH, in a container or in CI
    [InlineData(true, "", "", false)]
    [InlineData(true, ":0", null, true)]       // X11
    [InlineData(true, null, "wayland-0", true)]
    [InlineData(false, null, null, true)]      // Windows, macOS: the shell opens files itself
    public void A_browser_is_only_tried_where_a_display_can_show_it(bool linux, string? display, string? wayland, bool expected)
    {
        string? Environment(string name) => name switch { "DISPLAY" => display, "WAYLAND_DISPLAY" => wayland, _ => null };
        Assert.Equal(expected, BrowserLauncher.HasDisplay(linux, Environment));
    }

    [Fact]
    public void Without_a_display_classroom_open_says_where_the_report_is()
    {
        if (BrowserLauncher.HasDisplay(OperatingSystem.IsLinux(), System.Environment.GetEnvironmentVariable))
        {
            return; // a desktop session would really open a browser; the rule itself is tested above
        }

        string dir = CliRunner.NewFolder();
        var (code, _, err) = CliRunner.Run("classroom", "--out", dir, "--open", "--quiet");
        Assert.Equal(0, code);
        Assert.Contains($"open {Path.Combine(Path.GetFullPath(dir), "report.html")} yourself", err, StringComparison.Ordinal);
    }
}
