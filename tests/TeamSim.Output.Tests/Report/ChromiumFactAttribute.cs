namespace TeamSim.Output.Tests.Report;

/// <summary>
/// A test that needs the Debian Chromium. Without it the test is skipped with the reason on a
/// developer's machine, but runs (and fails) when CI=true: in CI a skipped browser test is a failure.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!IsAvailable && !IsCi)
        {
            Skip = $"Chromium not found at {ExecutablePath}; install it with 'apt-get install -y chromium' (CI installs it, and with CI=true this test fails instead of skipping)";
        }
    }

    public static bool IsAvailable => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
