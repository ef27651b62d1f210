using Microsoft.Playwright;
using TeamSim.Cli.Serving;
using Xunit.Abstractions;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>The published explorer in headless chromium: loads cleanly, draws a typical team, reacts to the inquiry slider, shares its setup by URL.</summary>
public sealed class ExplorerPageTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task The_page_runs_the_engine_draws_the_team_network_reacts_to_the_inquiry_slider_and_round_trips_its_setup()
    {
        using var server = new StaticFileServer(PublishedExplorer.Folder, 0);
        server.Start();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await DebianChromium.LaunchAsync(playwright, 60_000);
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
        await CheckNetworkAsync(page);

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
        string networkShot = Path.Combine(Path.GetDirectoryName(screenshot)!, "explorer-network.png");
        await page.Locator("#network").ScreenshotAsync(new LocatorScreenshotOptions { Path = networkShot });
        output.WriteLine($"screenshot: {networkShot}");

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

    /// <summary>The typical team of A and B is drawn with members and edges, and the tick slider and Play change the picture.</summary>
    private async Task CheckNetworkAsync(IPage page)
    {
        ILocator a = page.Locator("#network figure[data-policy=a]");
        ILocator b = page.Locator("#network figure[data-policy=b]");
        await a.WaitForAsync();
        Assert.Equal(8, await a.Locator("circle.member").CountAsync());
        Assert.Equal(8, await b.Locator("circle.member").CountAsync());
        Assert.Equal(1, await a.Locator("circle.leader").CountAsync());
        int edges = await a.Locator("line.trust").CountAsync() + await a.Locator("path.help").CountAsync();
        int edgesB = await b.Locator("line.trust").CountAsync() + await b.Locator("path.help").CountAsync();
        output.WriteLine($"network: run {await page.Locator("#network").GetAttributeAsync("data-replication")}, edges A {edges}, B {edgesB}, " +
            $"re-run {await page.Locator("#network").GetAttributeAsync("data-record-ms")} ms, {await page.Locator("#network-tick-label").InnerTextAsync()}");
        Assert.True(edges > 0, "leader A's team has no trust or help edges at the last tick");
        Assert.True(edgesB > 0, "leader B's team has no trust or help edges at the last tick");
        string last = await a.InnerHTMLAsync();
        string lastTick = await a.GetAttributeAsync("data-tick") ?? string.Empty;

        // Back to the start: everyone at the initial trust, nobody has asked for help yet.
        await page.Locator("#network-tick").FillAsync("0");
        await Assertions.Expect(a).ToHaveAttributeAsync("data-tick", "0");
        await Assertions.Expect(page.Locator("#network-tick-label")).ToContainTextAsync("tick 0 of");
        Assert.Equal(0, await a.Locator("path.help").CountAsync());
        Assert.NotEqual(last, await a.InnerHTMLAsync());
        Assert.NotEqual("0", lastTick);

        // Play moves the picture on by itself; Pause stops it.
        await page.ClickAsync("#network-play");
        await Assertions.Expect(page.Locator("#network-play")).ToHaveTextAsync("Pause");
        await Assertions.Expect(a).Not.ToHaveAttributeAsync("data-tick", "0");
        await page.ClickAsync("#network-play");
        await Assertions.Expect(page.Locator("#network-play")).ToHaveTextAsync("Play");
    }

    private static Task<string> DamageChartAsync(IPage page) =>
        page.Locator("figure[data-metric=cumulative-damage] polyline.mean").First.GetAttributeAsync("points").ContinueWith(t => t.Result ?? string.Empty, TaskScheduler.Default);
}
