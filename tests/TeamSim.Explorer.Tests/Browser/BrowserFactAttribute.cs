namespace TeamSim.Explorer.Tests.Browser;

/// <summary>
/// A test that needs Debian's chromium: skipped with the reason when it is missing on a
/// developer's machine, but run (and so failed) under CI=true, where a skip must not pass.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The browser Playwright drives; never a downloaded one.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Chromium} is missing: install it with 'apt-get install -y chromium' (CI installs it and fails instead of skipping)";
        }
    }
}
