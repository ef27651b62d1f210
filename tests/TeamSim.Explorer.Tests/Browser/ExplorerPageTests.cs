using Microsoft.Playwright;
using TeamSim.Cli.Serving;
using Xunit.Abstractions;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>The published explorer in headless chromium: loads cleanly, reacts to the inquiry slider, shares its setup by URL.</summary>
public sealed class ExplorerPageTests(ITestOutputHelper output)
{
    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [BrowserFact]
    public async Task The_page_runs_the_engine_reacts_to_the_inquiry_slider_and_round_trips_its_setup()
    {
        using var server = new StaticFileServer(PublishedExplorer.Folder, 0);
        server.Start();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 2000 } });
        page.SetDefaultTimeout(60_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);

        await page.GotoAsync(server.Address + "?ticks=120&reps=6&seed=7");
        await page.Locator("#run:enabled").WaitForAsync();
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
        output.WriteLine(await page.Locator("#status").InnerTextAsync());
        string headline1 = await page.Locator("#headline-difference").InnerTextAsync();
        string chart1 = await DamageChartAsync(page);
        Assert.NotEmpty(chart1);

        // Leader B stops asking who knows: the same runs, a different outcome.
        await page.Locator("#b-leader-inquiry").FillAsync("0");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
        string headline2 = await page.Locator("#headline-difference").InnerTextAsync();
        string chart2 = await DamageChartAsync(page);
        output.WriteLine($"headline {headline1} -> {headline2}");
        Assert.NotEqual(headline1, headline2);
        Assert.NotEqual(chart1, chart2);
        Assert.Contains("inquiry-custom", await page.Locator("#headline").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotNull(await page.Locator("#download-csv").GetAttributeAsync("href"));

        string shared = page.Url;
        Assert.Contains("b.leader.inquiry=0", shared, StringComparison.Ordinal);
        Assert.Contains("reps=6", shared, StringComparison.Ordinal);
        string screenshot = Path.Combine(PublishedExplorer.RepoRoot(), "artifacts", "screenshots", "explorer.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");

        // The share link restores the setup in a fresh page.
        IPage again = await browser.NewPageAsync();
        again.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console (shared link): " + message.Text);
            }
        };
        await again.GotoAsync(shared);
        await again.Locator("#run:enabled").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal("0", await again.Locator("#b-leader-inquiry").InputValueAsync());
        Assert.Equal("6", await again.Locator("#reps").InputValueAsync());
        Assert.Equal("120", await again.Locator("#ticks").InputValueAsync());
        Assert.Equal(shared, await again.Locator("#share-link").InputValueAsync());

        Assert.True(problems.Count == 0, "the page logged errors:\n" + string.Join("\n", problems));
    }

    private static Task<string> DamageChartAsync(IPage page) =>
        page.Locator("figure[data-metric=cumulative-damage] polyline.mean").First.GetAttributeAsync("points").ContinueWith(t => t.Result ?? string.Empty, TaskScheduler.Default);
}
