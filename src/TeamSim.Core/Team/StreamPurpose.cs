namespace TeamSim.Core.Team;

/// <summary>
/// One random stream per purpose. Exogenous streams (arrivals, incident attributes, the team's
/// initial state) are consumed identically under every policy, so replication r of every policy
/// meets the same team and the same incidents (common random numbers).
/// </summary>
internal enum StreamPurpose
{
    /// <summary>Poisson arrival counts.</summary>
    Arrivals = 1,

    /// <summary>Domain, novelty, difficulty and knowledge needs of arriving incidents.</summary>
    IncidentAttributes = 2,

    /// <summary>Initial expertise and rank.</summary>
    Members = 3,

    /// <summary>Initial who-knows-what directory.</summary>
    Directory = 4,

    /// <summary>The leader's routing decisions and members' answers.</summary>
    Routing = 5,

    /// <summary>Solving.</summary>
    Work = 6,

    /// <summary>Errors and whether they are reported.</summary>
    Errors = 7,

    /// <summary>The leader's response to reported errors.</summary>
    Blame = 8,

    /// <summary>Help-seeking and helper choice.</summary>
    Help = 9,

    /// <summary>Voice.</summary>
    Voice = 10,

    /// <summary>Surfacing of concealed errors and their incidents' attributes.</summary>
    Latent = 11,

    /// <summary>Cascades from crises and their incidents' attributes.</summary>
    Cascade = 12,

    /// <summary>Rotation pairing.</summary>
    Practices = 13,

    /// <summary>Turnover and newcomers.</summary>
    Turnover = 14,

    /// <summary>The fixed sample of directory pairs used for directory accuracy in large teams.</summary>
    Sampling = 15,
}
