namespace TeamSim.Cli;

/// <summary>The process exit codes of <c>teamsim</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A run failed (a model threw, a file could not be written).</summary>
    public const int RunFailed = 1;

    /// <summary>Bad input or usage: unknown option, invalid scenario, missing file, refused output folder.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted by Ctrl+C (SIGINT), as shells report a process ended by SIGINT (128 + 2).</summary>
    public const int Interrupted = 130;
}
