namespace TeamSim.Explorer.Tests.Browser;

/// <summary>
/// A timing measurement in the browser (minutes of CPU on a shared machine): skipped unless
/// <c>TEAMSIM_EXPLORER_TIMING=1</c>, so the ordinary test run and CI never pay for it.
/// </summary>
public sealed class TimingFactAttribute : FactAttribute
{
    /// <summary>The environment variable that turns the measurement on.</summary>
    public const string Switch = "TEAMSIM_EXPLORER_TIMING";

    public TimingFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"a timing measurement: set {Switch}=1 to run it (docs/PERFORMANCE.md, section Explorer)";
        }
        else if (!File.Exists(BrowserFactAttribute.Chromium))
        {
            Skip = $"{BrowserFactAttribute.Chromium} is missing: install it with 'apt-get install -y chromium'";
        }
    }
}
