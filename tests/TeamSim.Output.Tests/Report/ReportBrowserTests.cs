using Microsoft.Playwright;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Report;
using Xunit.Abstractions;

namespace TeamSim.Output.Tests.Report;

/// <summary>Opens report.html in the real (Debian) Chromium, headless, from file://, as a teacher would.</summary>
public sealed class ReportBrowserTests : IClassFixture<ClassroomReportFixture>
{
    private static readonly string[] LaunchArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly ClassroomReportFixture _fixture;
    private readonly ITestOutputHelper _output;

    public ReportBrowserTests(ClassroomReportFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    /// <summary>Where the screenshot of the classroom report is kept, for a look.</summary>
    public static string ScreenshotPath => Path.Combine(AppContext.BaseDirectory, "TestResults", "report-classroom.png");

    [ChromiumFact]
    public async Task The_classroom_report_renders_without_errors_with_its_headline_and_every_figure()
    {
        RequireChromium();
        await using Session session = await Session.OpenAsync(_fixture.ReportPath);
        IPage page = session.Page;

        string headline = await page.Locator(".headline-text").InnerTextAsync();
        Assert.Contains("95% CI", headline);
        Assert.Contains("-led teams", headline);
        string fontSize = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.headline-text')).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 32, $"headline font size {fontSize} is too small for a projector");

        string[] expected = ReportBuilderTests.ExpectedFigures(_fixture.Result.Scenario.Policies.Count).ToArray();
        ILocator figures = page.Locator("figure[data-figure]");
        Assert.Equal(expected.Length, await figures.CountAsync());
        foreach (string figure in expected)
        {
            LocatorBoundingBoxResult? box = await page.Locator($"figure[data-figure='{figure}'] > svg").BoundingBoxAsync();
            Assert.True(box is { Width: > 600, Height: > 250 }, $"figure {figure} is not drawn at a readable size ({box?.Width} x {box?.Height})");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });
        _output.WriteLine($"screenshot: {ScreenshotPath}");
        Assert.True(new FileInfo(ScreenshotPath).Length > 10_000);

        Assert.Empty(session.Errors);
        Assert.Empty(session.RemoteRequests);
    }

    [ChromiumFact]
    public async Task A_scenario_description_containing_a_script_shows_as_text_and_runs_nothing()
    {
        RequireChromium();
        ReportData data = ResultsFolderReader.Read(_fixture.Folder) with
        {
            Description = "Watch out: <script>document.title='pwned'; window.pwned = 1;</script> <b>bold?</b>",
        };
        string path = Path.Combine(_fixture.Folder, "hostile.html");
        await File.WriteAllTextAsync(path, ReportBuilder.Build(data, BuiltInModels.Catalog));
        await using Session session = await Session.OpenAsync(path);

        string shown = await session.Page.Locator(".scenario-description").InnerTextAsync();
        Assert.Contains("<script>document.title='pwned'; window.pwned = 1;</script>", shown);
        Assert.Contains("<b>bold?</b>", shown);
        Assert.NotEqual("pwned", await session.Page.TitleAsync());
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.Empty(session.Errors);
    }

    private static void RequireChromium()
    {
        if (!ChromiumFactAttribute.IsAvailable)
        {
            Assert.Fail($"Chromium is required under CI=true but {ChromiumFactAttribute.ExecutablePath} is missing: .ci/run must 'apt-get install -y chromium'");
        }
    }

    /// <summary>A headless Chromium with one page that records console errors, page errors and any request that is not file: or data:.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        public IPage Page { get; private set; } = null!;

        public List<string> Errors { get; } = [];

        public List<string> RemoteRequests { get; } = [];

        public static async Task<Session> OpenAsync(string file)
        {
            var session = new Session();
            session._playwright = await Playwright.CreateAsync();
            session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = LaunchArgs,
            });
            session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            session.Page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Errors.Add("console: " + message.Text);
                }
            };
            session.Page.PageError += (_, error) => session.Errors.Add("page: " + error);
            session.Page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    session.RemoteRequests.Add(request.Url);
                }
            };
            await session.Page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }

            _playwright?.Dispose();
        }
    }
}
