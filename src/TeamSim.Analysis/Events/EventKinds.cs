namespace TeamSim.Analysis.Events;

/// <summary>The event kinds that the team pictures read (events.csv's <c>kind</c> column).</summary>
public static class EventKinds
{
    /// <summary>A member asked another for help: actor asked target.</summary>
    public const string Help = "help";

    /// <summary>A member became absent: actor.</summary>
    public const string AbsenceStart = "absence_start";

    /// <summary>An absent member came back: actor.</summary>
    public const string AbsenceEnd = "absence_end";
}
