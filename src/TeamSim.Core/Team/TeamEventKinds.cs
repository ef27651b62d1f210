namespace TeamSim.Core.Team;

/// <summary>
/// The kinds of event the team model records (events.csv's <c>kind</c> column), with what the
/// event's actor, target and value mean; member 0 is the leader, -1 means none.
/// </summary>
public static class TeamEventKinds
{
    /// <summary>A new incident arrived: target its visible domain, value its severity.</summary>
    public const string Arrival = "arrival";

    /// <summary>A concealed error surfaced as an incident: target its domain, value its severity.</summary>
    public const string LatentSurfaced = "latent_surfaced";

    /// <summary>A crisis spawned a new incident: target its domain, value its severity.</summary>
    public const string Cascade = "cascade";

    /// <summary>An incident first rose above crisis severity: actor its assignee, target its domain, value its severity.</summary>
    public const string Crisis = "crisis";

    /// <summary>The leader took over: actor the leader, value the team pressure.</summary>
    public const string TakeoverStart = "takeover_start";

    /// <summary>The leader's takeover ended: actor the leader, value the team pressure.</summary>
    public const string TakeoverEnd = "takeover_end";

    /// <summary>The answers to an inquiry moved an incident: actor the previous assignee, target the new one, value its severity.</summary>
    public const string Handover = "handover";

    /// <summary>The leader assigned an incident: actor the leader, target the assignee, value its severity.</summary>
    public const string Assign = "assign";

    /// <summary>A member spoke up about an assignment: actor the voicer, target the assignee, value 1 if the leader acted on it.</summary>
    public const string Voice = "voice";

    /// <summary>The leader blamed a reported error: actor the leader, target the member, value 1.</summary>
    public const string Blame = "blame";

    /// <summary>The leader framed a reported error as learning: actor the leader, target the member, value 0.</summary>
    public const string LearningFraming = "learning_framing";

    /// <summary>A member asked another for help: actor the asker, target the helper, value 1 if the helper knew more.</summary>
    public const string Help = "help";

    /// <summary>A member made an error: actor the member, target 1 if reported and 0 if concealed, value the severity added.</summary>
    public const string Error = "error";

    /// <summary>A member resolved an incident: actor the solver, value its severity.</summary>
    public const string Resolve = "resolve";

    /// <summary>A member became absent: actor the member.</summary>
    public const string AbsenceStart = "absence_start";

    /// <summary>An absent member came back: actor the member.</summary>
    public const string AbsenceEnd = "absence_end";

    /// <summary>A member was replaced by a newcomer: actor the member's index.</summary>
    public const string Turnover = "turnover";

    /// <summary>A post-action review was held: actor the leader, value the items reviewed.</summary>
    public const string Review = "review";

    /// <summary>Two members were paired for rotation: actor and target the partners.</summary>
    public const string Rotation = "rotation";
}
