using TeamSim.Core.Models;

namespace TeamSim.Core.Team;

/// <summary>The team model's per-tick and per-run metrics; column order is part of the CSV contract.</summary>
public static class TeamMetrics
{
    /// <summary>Per-tick metrics, in timeseries.csv order.</summary>
    public static IReadOnlyList<MetricDefinition> Tick { get; } =
    [
        new("open_incidents", "Incidents open at the end of the tick", true),
        new("arrived", "Incidents that arrived this tick (new, cascades and surfaced latent errors)", true),
        new("resolved", "Incidents resolved this tick"),
        new("crises_active", "Open incidents above crisis severity", true),
        new("damage", "Damage this tick: sum of open severities", true),
        new("cumulative_damage", "Damage summed since tick 0", true),
        new("errors_made", "True errors made this tick", true),
        new("errors_reported", "Errors reported this tick"),
        new("errors_concealed", "Errors concealed this tick", true),
        new("latent_surfaced", "Concealed errors that surfaced as incidents this tick", true),
        new("psych_safety", "Mean psychological safety S, [0,1]"),
        new("trust_mean", "Mean benevolence trust between members, [0,1]"),
        new("trust_in_leader", "Mean benevolence of members toward the leader, [0,1]"),
        new("team_knowledge", "Mean expertise over members and domains, [0,1]"),
        new("knowledge_breadth", "Mean share of domains in which a member's expertise exceeds 0.5"),
        new("arousal", "Mean arousal A, [0,1]", true),
        new("mindset", "Mean learning mindset M, [0,1]"),
        new("help_requests", "Help requests this tick"),
        new("help_success", "Help requests this tick whose helper knew enough"),
        new("voice_events", "Members who spoke up this tick"),
        new("routing_accuracy", "Share of this tick's final routing decisions (an assignment without asking, or the decision when an inquiry's answers arrive) that went to the available member with the highest true fit (NaN if none)"),
        new("directory_accuracy", "1 - mean |D[i][j][k] - e[j][k]| over i != j"),
        new("leader_load", "Incidents the leader holds / leader capacity", true),
        new("mean_time_to_resolve", "Mean ticks from arrival to resolution of incidents resolved so far (NaN before the first)", true),
        new("takeover", "1 while the leader has taken over, else 0"),
        new("pressure", "Team pressure P = open severity / (N x crisis severity)", true),
    ];

    /// <summary>Per-run metrics, in runs.csv order.</summary>
    public static IReadOnlyList<MetricDefinition> Run { get; } =
    [
        new("total_damage", "Damage summed over the run", true),
        new("incidents_arrived", "Incidents that arrived", true),
        new("incidents_resolved", "Incidents resolved"),
        new("open_at_end", "Incidents still open at the end (censored)", true),
        new("crises", "Incidents that became crises", true),
        new("peak_open_incidents", "Most incidents open at once", true),
        new("mean_time_to_resolve", "Mean resolution time of resolved incidents, ticks", true),
        new("mean_open_age_at_end", "Mean age of incidents still open at the end (censored times), ticks", true),
        new("errors_made", "True errors made", true),
        new("errors_reported", "Errors reported"),
        new("errors_concealed", "Errors concealed", true),
        new("report_rate", "Errors reported / errors made (NaN without errors)"),
        new("latent_surfaced", "Concealed errors that surfaced later", true),
        new("help_requests", "Help requests"),
        new("help_success", "Help requests answered by a helper who knew enough"),
        new("help_to_trusted_share", "Share of help requests that went to the asker's most trusted candidate rather than the most senior (NaN if none differed)"),
        new("voice_events", "Times a member spoke up"),
        new("voice_accepted", "Times the leader acted on voice"),
        new("inquiries", "Times the leader asked who knows"),
        new("takeover_ticks", "Ticks spent in takeover", true),
        new("reviews", "Post-action reviews held"),
        new("routing_accuracy", "Share of all final routing decisions that went to the available member with the highest true fit"),
        new("throughput", "Incidents resolved per member-tick"),
        new("final_psych_safety", "Mean safety at the end"),
        new("final_trust_mean", "Mean benevolence at the end"),
        new("final_trust_in_leader", "Mean benevolence toward the leader at the end"),
        new("final_team_knowledge", "Mean expertise at the end"),
        new("final_knowledge_breadth", "Knowledge breadth at the end"),
        new("final_directory_accuracy", "Directory accuracy at the end"),
        new("final_mindset", "Mean mindset at the end"),
        new("mean_arousal", "Arousal averaged over members and ticks", true),
        new("handovers", "Times the answers to an inquiry moved an incident to another member"),
    ];
}
