using Microsoft.Playwright;

namespace TeamSim.Explorer.Tests.Browser;

/// <summary>The Debian chromium, headless, as every browser test of the explorer launches it.</summary>
internal static class DebianChromium
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Launches the browser at <see cref="BrowserFactAttribute.Chromium"/> (never a downloaded one).</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, int timeoutMs) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = Args,
            Timeout = timeoutMs,
        });
}
