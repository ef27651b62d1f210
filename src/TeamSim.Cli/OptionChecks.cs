using TeamSim.Experiments;

namespace TeamSim.Cli;

/// <summary>The checks of option values that several commands share, with one message each.</summary>
internal static class OptionChecks
{
    /// <summary>The value of <c>--threads</c>, which must lie in [0, 1024] (0 = every core).</summary>
    /// <exception cref="InputException">The value is out of range.</exception>
    public static int Threads(int value) =>
        value is < 0 or > 1024 ? throw new InputException($"--threads: must be an integer in [0, 1024], got {value}") : value;

    /// <summary>Checks that <c>--max-memory-gb</c> and <c>--max-member-ticks</c> are positive.</summary>
    /// <exception cref="InputException">Either limit is not positive.</exception>
    public static void ResourceLimits(double memoryGb, double memberTicks)
    {
        if (!(memoryGb > 0) || !(memberTicks > 0))
        {
            throw new InputException("--max-memory-gb and --max-member-ticks must be positive");
        }
    }
}
