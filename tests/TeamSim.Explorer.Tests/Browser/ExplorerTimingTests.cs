using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TeamSim.Cli.Serving;
using Xunit.Abstractions;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>
/// Times the classroom default (the page without a query string) in headless chromium: page load,
/// the first run (the jiterpreter still compiling hot code) and the next runs, as the page's own
/// status line reports them, and checks that repeated runs give the same headline. The times go to
/// the test output (docs/PERFORMANCE.md); nothing is asserted about them.
/// </summary>
public sealed partial class ExplorerTimingTests(ITestOutputHelper output)
{
    private const int Runs = 3;

    [BrowserFact]
    public async Task Repeated_runs_of_the_classroom_default_give_the_same_headline_and_report_their_times()
    {
        using var server = new StaticFileServer(PublishedExplorer.Folder, 0);
        server.Start();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await DebianChromium.LaunchAsync(playwright, 120_000);
        IPage page = await browser.NewPageAsync();
        page.SetDefaultTimeout(300_000);

        var load = Stopwatch.StartNew();
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#run:enabled").WaitForAsync();
        output.WriteLine($"page load: {load.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({PublishedExplorer.Folder})");

        var headlines = new List<string>();
        for (int run = 1; run <= Runs; run++)
        {
            var wall = Stopwatch.StartNew();
            await page.ClickAsync("#run");
            await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new LocatorAssertionsToContainTextOptions { Timeout = 300_000 });
            string status = await page.Locator("#status").InnerTextAsync();
            Match seconds = StatusSeconds().Match(status);
            Assert.True(seconds.Success, "status line without a time: " + status);
            output.WriteLine($"run {run}: page says {seconds.Groups[1].Value} s, wall {wall.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({status})");
            headlines.Add(await page.Locator("#headline-difference").InnerTextAsync());
        }

        // An older build (TEAMSIM_EXPLORER_ROOT, for a before/after comparison) may have no network picture.
        if (await page.Locator("#network").CountAsync() > 0)
        {
            output.WriteLine($"network re-run: {await page.Locator("#network").GetAttributeAsync("data-record-ms")} ms");
            string shot = Path.Combine(PublishedExplorer.RepoRoot(), "artifacts", "screenshots", "explorer-classroom-network.png");
            Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
            await page.Locator("#network").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
            output.WriteLine($"screenshot: {shot}");
        }

        // Same seed, same runs: the timing loop must not have measured different work.
        Assert.All(headlines, h => Assert.Equal(headlines[0], h));
    }

    [GeneratedRegex(@"in ([0-9.]+) s")]
    private static partial Regex StatusSeconds();
}
