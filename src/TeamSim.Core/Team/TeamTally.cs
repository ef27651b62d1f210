namespace TeamSim.Core.Team;

/// <summary>
/// What a run of the team model has counted: the events of the current tick and the run's totals,
/// from which <see cref="TeamModel"/> writes its tick and run metrics.
/// </summary>
/// <remarks>A mutable struct held in one field of the model and never copied, so counting costs no more than a field increment.</remarks>
internal struct TeamTally
{
    /// <summary>Incidents that arrived (new, cascades and surfaced latent errors).</summary>
    public TickAndRunCount Arrived;

    /// <summary>Incidents resolved.</summary>
    public TickAndRunCount Resolved;

    /// <summary>True errors made.</summary>
    public TickAndRunCount ErrorsMade;

    /// <summary>Errors reported.</summary>
    public TickAndRunCount ErrorsReported;

    /// <summary>Errors concealed.</summary>
    public TickAndRunCount ErrorsConcealed;

    /// <summary>Concealed errors that surfaced as incidents.</summary>
    public TickAndRunCount LatentSurfaced;

    /// <summary>Help requests.</summary>
    public TickAndRunCount HelpRequests;

    /// <summary>Help requests whose helper knew more than the asker.</summary>
    public TickAndRunCount HelpSuccess;

    /// <summary>Members who spoke up.</summary>
    public TickAndRunCount Voice;

    /// <summary>Final routing decisions.</summary>
    public TickAndRunCount Assignments;

    /// <summary>Final routing decisions that went to the available member with the highest true fit.</summary>
    public TickAndRunCount Accurate;

    /// <summary>Open incidents above crisis severity this tick.</summary>
    public int CrisesActive;

    /// <summary>Damage this tick: the open severity after escalation.</summary>
    public double Damage;

    /// <summary>Incidents that became crises in the run.</summary>
    public long Crises;

    /// <summary>Help requests that went to the asker's most trusted candidate when it was not the most senior.</summary>
    public long HelpToTrusted;

    /// <summary>Help requests that went to the most senior candidate when it was not the most trusted.</summary>
    public long HelpToSenior;

    /// <summary>Times the leader acted on voice.</summary>
    public long VoiceAccepted;

    /// <summary>Times the leader asked who knows.</summary>
    public long Inquiries;

    /// <summary>Ticks spent in takeover.</summary>
    public long TakeoverTicks;

    /// <summary>Post-action reviews held.</summary>
    public long Reviews;

    /// <summary>Times the answers to an inquiry moved an incident to another member.</summary>
    public long Handovers;

    /// <summary>Most incidents open at the end of a tick.</summary>
    public long PeakOpen;

    /// <summary>Summed ticks from arrival to resolution of the resolved incidents.</summary>
    public double ResolveTimeSum;

    /// <summary>Damage summed over the ticks so far.</summary>
    public double CumulativeDamage;

    /// <summary>Mean arousal summed over the ticks so far.</summary>
    public double ArousalSum;

    /// <summary>Starts a tick: the per-tick counts go back to zero.</summary>
    public void BeginTick()
    {
        Arrived.Tick = Resolved.Tick = ErrorsMade.Tick = ErrorsReported.Tick = ErrorsConcealed.Tick = 0;
        LatentSurfaced.Tick = HelpRequests.Tick = HelpSuccess.Tick = Voice.Tick = Assignments.Tick = Accurate.Tick = 0;
        CrisesActive = 0;
        Damage = 0;
    }
}
