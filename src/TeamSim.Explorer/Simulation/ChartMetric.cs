namespace TeamSim.Explorer.Simulation;

/// <summary>The time series the explorer draws, each from one per-tick metric of the team model.</summary>
public enum ChartMetric
{
    /// <summary>Damage summed since tick 0.</summary>
    CumulativeDamage,

    /// <summary>Incidents open at the end of the tick.</summary>
    OpenIncidents,

    /// <summary>Mean psychological safety, [0,1].</summary>
    PsychSafety,

    /// <summary>True errors made, summed since tick 0.</summary>
    ErrorsMade,

    /// <summary>Errors reported, summed since tick 0.</summary>
    ErrorsReported,

    /// <summary>Mean expertise over members and domains, [0,1].</summary>
    TeamKnowledge,
}
