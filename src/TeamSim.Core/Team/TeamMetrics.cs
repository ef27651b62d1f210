using TeamSim.Core.Models;
using static TeamSim.Core.Models.MetricDefinition;

namespace TeamSim.Core.Team;

/// <summary>
/// The team model's per-tick and per-run metrics; column order is part of the CSV contract. Every metric is
/// a count, damage, a time or a load (at least 0) or a share or mean of [0, 1] state (in [0, 1]).
/// </summary>
public static class TeamMetrics
{
    /// <summary>Per-tick metrics, in timeseries.csv order.</summary>
    public static IReadOnlyList<MetricDefinition> Tick { get; } =
    [
        NonNegative("open_incidents", "Incidents open at the end of the tick", true),
        NonNegative("arrived", "Incidents that arrived this tick (new, cascades and surfaced latent errors)", true),
        NonNegative("resolved", "Incidents resolved this tick"),
        NonNegative("crises_active", "Open incidents above crisis severity", true),
        NonNegative("damage", "Damage this tick: sum of open severities", true),
        NonNegative("cumulative_damage", "Damage summed since tick 0", true),
        NonNegative("errors_made", "True errors made this tick", true),
        NonNegative("errors_reported", "Errors reported this tick"),
        NonNegative("errors_concealed", "Errors concealed this tick", true),
        NonNegative("latent_surfaced", "Concealed errors that surfaced as incidents this tick", true),
        Share("psych_safety", "Mean psychological safety S, [0,1]"),
        Share("trust_mean", "Mean benevolence trust between members, [0,1]"),
        Share("trust_in_leader", "Mean benevolence of members toward the leader, [0,1]"),
        Share("team_knowledge", "Mean expertise over members and domains, [0,1]"),
        Share("knowledge_breadth", "Mean share of domains in which a member's expertise exceeds 0.5"),
        Share("arousal", "Mean arousal A, [0,1]", true),
        Share("mindset", "Mean learning mindset M, [0,1]"),
        NonNegative("help_requests", "Help requests this tick"),
        NonNegative("help_success", "Help requests this tick whose helper knew enough"),
        NonNegative("voice_events", "Members who spoke up this tick"),
        Share("routing_accuracy", "Share of this tick's final routing decisions (an assignment without asking, or the decision when an inquiry's answers arrive) that went to the available member with the highest true fit (NaN if none)"),
        Share("directory_accuracy", "1 - mean |D[i][j][k] - e[j][k]| over i != j"),
        NonNegative("leader_load", "Incidents the leader holds / leader capacity", true),
        NonNegative("mean_time_to_resolve", "Mean ticks from arrival to resolution of incidents resolved so far (NaN before the first)", true),
        Share("takeover", "1 while the leader has taken over, else 0"),
        NonNegative("pressure", "Team pressure P = open severity / (N x crisis severity)", true),
    ];

    /// <summary>Per-run metrics, in runs.csv order.</summary>
    public static IReadOnlyList<MetricDefinition> Run { get; } =
    [
        NonNegative("total_damage", "Damage summed over the run", true),
        NonNegative("incidents_arrived", "Incidents that arrived", true),
        NonNegative("incidents_resolved", "Incidents resolved"),
        NonNegative("open_at_end", "Incidents still open at the end (censored)", true),
        NonNegative("crises", "Incidents that became crises", true),
        NonNegative("peak_open_incidents", "Most incidents open at once", true),
        NonNegative("mean_time_to_resolve", "Mean resolution time of resolved incidents, ticks", true),
        NonNegative("mean_open_age_at_end", "Mean age of incidents still open at the end (censored times), ticks", true),
        NonNegative("errors_made", "True errors made", true),
        NonNegative("errors_reported", "Errors reported"),
        NonNegative("errors_concealed", "Errors concealed", true),
        Share("report_rate", "Errors reported / errors made (NaN without errors)"),
        NonNegative("latent_surfaced", "Concealed errors that surfaced later", true),
        NonNegative("help_requests", "Help requests"),
        NonNegative("help_success", "Help requests answered by a helper who knew enough"),
        Share("help_to_trusted_share", "Share of help requests that went to the asker's most trusted candidate rather than the most senior (NaN if none differed)"),
        NonNegative("voice_events", "Times a member spoke up"),
        NonNegative("voice_accepted", "Times the leader acted on voice"),
        NonNegative("inquiries", "Times the leader asked who knows"),
        NonNegative("takeover_ticks", "Ticks spent in takeover", true),
        NonNegative("reviews", "Post-action reviews held"),
        Share("routing_accuracy", "Share of all final routing decisions that went to the available member with the highest true fit"),
        NonNegative("throughput", "Incidents resolved per member-tick"),
        Share("final_psych_safety", "Mean safety at the end"),
        Share("final_trust_mean", "Mean benevolence at the end"),
        Share("final_trust_in_leader", "Mean benevolence toward the leader at the end"),
        Share("final_team_knowledge", "Mean expertise at the end"),
        Share("final_knowledge_breadth", "Knowledge breadth at the end"),
        Share("final_directory_accuracy", "Directory accuracy at the end"),
        Share("final_mindset", "Mean mindset at the end"),
        Share("mean_arousal", "Arousal averaged over members and ticks", true),
        NonNegative("handovers", "Times the answers to an inquiry moved an incident to another member"),
    ];
}
