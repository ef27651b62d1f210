namespace TeamSim.Output.Sweeps;

/// <summary>Names of what <c>teamsim analyze</c> writes into a sweep folder.</summary>
public static class SweepAnalysisFiles
{
    /// <summary>The folder of analysis tables and plots inside a sweep folder.</summary>
    public const string Directory = "analysis";
}
