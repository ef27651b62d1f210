namespace TeamSim.Core.Team;

/// <summary>A count kept both for the current tick (timeseries.csv) and for the whole run (runs.csv).</summary>
internal struct TickAndRunCount
{
    /// <summary>Events this tick.</summary>
    public int Tick;

    /// <summary>Events since the start of the run.</summary>
    public long Total;

    /// <summary>Counts one event in the tick and the run.</summary>
    public void Add()
    {
        Tick++;
        Total++;
    }
}
