using Microsoft.Playwright;
using TeamSim.Cli.Serving;
using Xunit.Abstractions;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>The explorer on a 1366x768 laptop screen: Run in view without scrolling, bad share links reported on the page.</summary>
public sealed class ExplorerLayoutTests(ITestOutputHelper output)
{
    private const int Width = 1366;
    private const int Height = 768;

    [BrowserFact]
    public async Task The_run_button_is_inside_a_1366x768_viewport_without_scrolling()
    {
        using var server = new StaticFileServer(PublishedExplorer.Folder, 0);
        server.Start();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await DebianChromium.LaunchAsync(playwright, 60_000);
        IPage page = await OpenAsync(browser, server.Address.ToString());

        LocatorBoundingBoxResult box = await page.Locator("#run").BoundingBoxAsync() ?? throw new InvalidOperationException("#run has no box");
        output.WriteLine($"#run at x {box.X}, y {box.Y}, {box.Width} x {box.Height}");
        Assert.Equal(0, await page.EvaluateAsync<double>("window.scrollY"));
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= Width && box.Y + box.Height <= Height, $"#run at ({box.X}, {box.Y}) size {box.Width}x{box.Height} is outside {Width}x{Height}");
    }

    [BrowserFact]
    public async Task A_share_link_with_team_size_minus_5_says_so_on_the_page_with_the_allowed_range()
    {
        using var server = new StaticFileServer(PublishedExplorer.Folder, 0);
        server.Start();
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await DebianChromium.LaunchAsync(playwright, 60_000);
        IPage page = await OpenAsync(browser, server.Address + "?team.size=-5");

        ILocator problems = page.Locator("#link-problems");
        await Assertions.Expect(problems).ToBeVisibleAsync();
        string text = await problems.InnerTextAsync();
        output.WriteLine(text);
        Assert.Contains("team.size=-5: must be an integer in [2, 100000], got -5; it stays 8", text, StringComparison.Ordinal);
        Assert.Equal("8", await page.Locator("#team-size").InputValueAsync());

        // The same page without a bad key shows no such message.
        IPage clean = await OpenAsync(browser, server.Address + "?team.size=6");
        Assert.Equal(0, await clean.Locator("#link-problems").CountAsync());
        Assert.Equal("6", await clean.Locator("#team-size").InputValueAsync());
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, string address)
    {
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = Width, Height = Height } });
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(address);
        await page.Locator("#run:enabled").WaitForAsync();
        return page;
    }
}
