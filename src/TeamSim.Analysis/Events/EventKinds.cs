using TeamSim.Core.Team;

namespace TeamSim.Analysis.Events;

/// <summary>The event kinds that the team pictures read (events.csv's <c>kind</c> column); the model declares them in <see cref="TeamEventKinds"/>.</summary>
public static class EventKinds
{
    /// <summary>A member asked another for help: actor asked target.</summary>
    public const string Help = TeamEventKinds.Help;

    /// <summary>A member became absent: actor.</summary>
    public const string AbsenceStart = TeamEventKinds.AbsenceStart;

    /// <summary>An absent member came back: actor.</summary>
    public const string AbsenceEnd = TeamEventKinds.AbsenceEnd;
}
