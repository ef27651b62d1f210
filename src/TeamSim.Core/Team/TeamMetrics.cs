using TeamSim.Core.Models;
using static TeamSim.Core.Models.MetricDefinition;

namespace TeamSim.Core.Team;

/// <summary>
/// The team model's per-tick and per-run metrics; column order is part of the CSV contract. Every metric is
/// a count, damage, a time or a load (at least 0) or a share or mean of [0, 1] state (in [0, 1]).
/// </summary>
/// <remarks>
/// Each metric is declared once, with its slot: the lists are laid out by slot, so the model writes
/// <c>m[TickSlot.Damage]</c> and can never put a value under another metric's name.
/// </remarks>
public static class TeamMetrics
{
    /// <summary>Per-tick metrics, in timeseries.csv order.</summary>
    public static IReadOnlyList<MetricDefinition> Tick { get; } = BySlot(TickSlot.Count,
    [
        (TickSlot.OpenIncidents, NonNegative("open_incidents", "Incidents open at the end of the tick", true)),
        (TickSlot.Arrived, NonNegative("arrived", "Incidents that arrived this tick (new, cascades and surfaced latent errors)", true)),
        (TickSlot.Resolved, NonNegative("resolved", "Incidents resolved this tick")),
        (TickSlot.CrisesActive, NonNegative("crises_active", "Open incidents above crisis severity", true)),
        (TickSlot.Damage, NonNegative("damage", "Damage this tick: sum of open severities", true)),
        (TickSlot.CumulativeDamage, NonNegative("cumulative_damage", "Damage summed since tick 0", true)),
        (TickSlot.ErrorsMade, NonNegative("errors_made", "True errors made this tick", true)),
        (TickSlot.ErrorsReported, NonNegative("errors_reported", "Errors reported this tick")),
        (TickSlot.ErrorsConcealed, NonNegative("errors_concealed", "Errors concealed this tick", true)),
        (TickSlot.LatentSurfaced, NonNegative("latent_surfaced", "Concealed errors that surfaced as incidents this tick", true)),
        (TickSlot.PsychSafety, Share("psych_safety", "Mean psychological safety S, [0,1]")),
        (TickSlot.TrustMean, Share("trust_mean", "Mean benevolence trust between members, [0,1]")),
        (TickSlot.TrustInLeader, Share("trust_in_leader", "Mean benevolence of members toward the leader, [0,1]")),
        (TickSlot.TeamKnowledge, Share("team_knowledge", "Mean expertise over members and domains, [0,1]")),
        (TickSlot.KnowledgeBreadth, Share("knowledge_breadth", "Mean share of domains in which a member's expertise exceeds 0.5")),
        (TickSlot.Arousal, Share("arousal", "Mean arousal A, [0,1]", true)),
        (TickSlot.Mindset, Share("mindset", "Mean learning mindset M, [0,1]")),
        (TickSlot.HelpRequests, NonNegative("help_requests", "Help requests this tick")),
        (TickSlot.HelpSuccess, NonNegative("help_success", "Help requests this tick whose helper knew enough")),
        (TickSlot.VoiceEvents, NonNegative("voice_events", "Members who spoke up this tick")),
        (TickSlot.RoutingAccuracy, Share("routing_accuracy", "Share of this tick's final routing decisions (an assignment without asking, or the decision when an inquiry's answers arrive) that went to the available member with the highest true fit (NaN if none)")),
        (TickSlot.DirectoryAccuracy, Share("directory_accuracy", "1 - mean |D[i][j][k] - e[j][k]| over i != j")),
        (TickSlot.LeaderLoad, NonNegative("leader_load", "Incidents the leader holds / leader capacity", true)),
        (TickSlot.MeanTimeToResolve, NonNegative("mean_time_to_resolve", "Mean ticks from arrival to resolution of incidents resolved so far (NaN before the first)", true)),
        (TickSlot.Takeover, Share("takeover", "1 while the leader has taken over, else 0")),
        (TickSlot.Pressure, NonNegative("pressure", "Team pressure P = open severity / (N x crisis severity)", true)),
    ]);

    /// <summary>Per-run metrics, in runs.csv order.</summary>
    public static IReadOnlyList<MetricDefinition> Run { get; } = BySlot(RunSlot.Count,
    [
        (RunSlot.TotalDamage, NonNegative("total_damage", "Damage summed over the run", true)),
        (RunSlot.IncidentsArrived, NonNegative("incidents_arrived", "Incidents that arrived", true)),
        (RunSlot.IncidentsResolved, NonNegative("incidents_resolved", "Incidents resolved")),
        (RunSlot.OpenAtEnd, NonNegative("open_at_end", "Incidents still open at the end (censored)", true)),
        (RunSlot.Crises, NonNegative("crises", "Incidents that became crises", true)),
        (RunSlot.PeakOpenIncidents, NonNegative("peak_open_incidents", "Most incidents open at once", true)),
        (RunSlot.MeanTimeToResolve, NonNegative("mean_time_to_resolve", "Mean resolution time of resolved incidents, ticks", true)),
        (RunSlot.MeanOpenAgeAtEnd, NonNegative("mean_open_age_at_end", "Mean age of incidents still open at the end (censored times), ticks", true)),
        (RunSlot.ErrorsMade, NonNegative("errors_made", "True errors made", true)),
        (RunSlot.ErrorsReported, NonNegative("errors_reported", "Errors reported")),
        (RunSlot.ErrorsConcealed, NonNegative("errors_concealed", "Errors concealed", true)),
        (RunSlot.ReportRate, Share("report_rate", "Errors reported / errors made (NaN without errors)")),
        (RunSlot.LatentSurfaced, NonNegative("latent_surfaced", "Concealed errors that surfaced later", true)),
        (RunSlot.HelpRequests, NonNegative("help_requests", "Help requests")),
        (RunSlot.HelpSuccess, NonNegative("help_success", "Help requests answered by a helper who knew enough")),
        (RunSlot.HelpToTrustedShare, Share("help_to_trusted_share", "Share of help requests that went to the asker's most trusted candidate rather than the most senior (NaN if none differed)")),
        (RunSlot.VoiceEvents, NonNegative("voice_events", "Times a member spoke up")),
        (RunSlot.VoiceAccepted, NonNegative("voice_accepted", "Times the leader acted on voice")),
        (RunSlot.Inquiries, NonNegative("inquiries", "Times the leader asked who knows")),
        (RunSlot.TakeoverTicks, NonNegative("takeover_ticks", "Ticks spent in takeover", true)),
        (RunSlot.Reviews, NonNegative("reviews", "Post-action reviews held")),
        (RunSlot.RoutingAccuracy, Share("routing_accuracy", "Share of all final routing decisions that went to the available member with the highest true fit")),
        (RunSlot.Throughput, NonNegative("throughput", "Incidents resolved per member-tick")),
        (RunSlot.FinalPsychSafety, Share("final_psych_safety", "Mean safety at the end")),
        (RunSlot.FinalTrustMean, Share("final_trust_mean", "Mean benevolence at the end")),
        (RunSlot.FinalTrustInLeader, Share("final_trust_in_leader", "Mean benevolence toward the leader at the end")),
        (RunSlot.FinalTeamKnowledge, Share("final_team_knowledge", "Mean expertise at the end")),
        (RunSlot.FinalKnowledgeBreadth, Share("final_knowledge_breadth", "Knowledge breadth at the end")),
        (RunSlot.FinalDirectoryAccuracy, Share("final_directory_accuracy", "Directory accuracy at the end")),
        (RunSlot.FinalMindset, Share("final_mindset", "Mean mindset at the end")),
        (RunSlot.MeanArousal, Share("mean_arousal", "Arousal averaged over members and ticks", true)),
        (RunSlot.Handovers, NonNegative("handovers", "Times the answers to an inquiry moved an incident to another member")),
    ]);

    /// <summary>Slots of the per-tick metrics: the index each is written at and read from.</summary>
    public static class TickSlot
    {
        /// <summary>Slot of <c>open_incidents</c>.</summary>
        public const int OpenIncidents = 0;

        /// <summary>Slot of <c>arrived</c>.</summary>
        public const int Arrived = 1;

        /// <summary>Slot of <c>resolved</c>.</summary>
        public const int Resolved = 2;

        /// <summary>Slot of <c>crises_active</c>.</summary>
        public const int CrisesActive = 3;

        /// <summary>Slot of <c>damage</c>.</summary>
        public const int Damage = 4;

        /// <summary>Slot of <c>cumulative_damage</c>.</summary>
        public const int CumulativeDamage = 5;

        /// <summary>Slot of <c>errors_made</c>.</summary>
        public const int ErrorsMade = 6;

        /// <summary>Slot of <c>errors_reported</c>.</summary>
        public const int ErrorsReported = 7;

        /// <summary>Slot of <c>errors_concealed</c>.</summary>
        public const int ErrorsConcealed = 8;

        /// <summary>Slot of <c>latent_surfaced</c>.</summary>
        public const int LatentSurfaced = 9;

        /// <summary>Slot of <c>psych_safety</c>.</summary>
        public const int PsychSafety = 10;

        /// <summary>Slot of <c>trust_mean</c>.</summary>
        public const int TrustMean = 11;

        /// <summary>Slot of <c>trust_in_leader</c>.</summary>
        public const int TrustInLeader = 12;

        /// <summary>Slot of <c>team_knowledge</c>.</summary>
        public const int TeamKnowledge = 13;

        /// <summary>Slot of <c>knowledge_breadth</c>.</summary>
        public const int KnowledgeBreadth = 14;

        /// <summary>Slot of <c>arousal</c>.</summary>
        public const int Arousal = 15;

        /// <summary>Slot of <c>mindset</c>.</summary>
        public const int Mindset = 16;

        /// <summary>Slot of <c>help_requests</c>.</summary>
        public const int HelpRequests = 17;

        /// <summary>Slot of <c>help_success</c>.</summary>
        public const int HelpSuccess = 18;

        /// <summary>Slot of <c>voice_events</c>.</summary>
        public const int VoiceEvents = 19;

        /// <summary>Slot of <c>routing_accuracy</c>.</summary>
        public const int RoutingAccuracy = 20;

        /// <summary>Slot of <c>directory_accuracy</c>.</summary>
        public const int DirectoryAccuracy = 21;

        /// <summary>Slot of <c>leader_load</c>.</summary>
        public const int LeaderLoad = 22;

        /// <summary>Slot of <c>mean_time_to_resolve</c>.</summary>
        public const int MeanTimeToResolve = 23;

        /// <summary>Slot of <c>takeover</c>.</summary>
        public const int Takeover = 24;

        /// <summary>Slot of <c>pressure</c>.</summary>
        public const int Pressure = 25;

        /// <summary>Number of per-tick metrics.</summary>
        public const int Count = 26;
    }

    /// <summary>Slots of the per-run metrics: the index each is written at and read from.</summary>
    public static class RunSlot
    {
        /// <summary>Slot of <c>total_damage</c>.</summary>
        public const int TotalDamage = 0;

        /// <summary>Slot of <c>incidents_arrived</c>.</summary>
        public const int IncidentsArrived = 1;

        /// <summary>Slot of <c>incidents_resolved</c>.</summary>
        public const int IncidentsResolved = 2;

        /// <summary>Slot of <c>open_at_end</c>.</summary>
        public const int OpenAtEnd = 3;

        /// <summary>Slot of <c>crises</c>.</summary>
        public const int Crises = 4;

        /// <summary>Slot of <c>peak_open_incidents</c>.</summary>
        public const int PeakOpenIncidents = 5;

        /// <summary>Slot of <c>mean_time_to_resolve</c>.</summary>
        public const int MeanTimeToResolve = 6;

        /// <summary>Slot of <c>mean_open_age_at_end</c>.</summary>
        public const int MeanOpenAgeAtEnd = 7;

        /// <summary>Slot of <c>errors_made</c>.</summary>
        public const int ErrorsMade = 8;

        /// <summary>Slot of <c>errors_reported</c>.</summary>
        public const int ErrorsReported = 9;

        /// <summary>Slot of <c>errors_concealed</c>.</summary>
        public const int ErrorsConcealed = 10;

        /// <summary>Slot of <c>report_rate</c>.</summary>
        public const int ReportRate = 11;

        /// <summary>Slot of <c>latent_surfaced</c>.</summary>
        public const int LatentSurfaced = 12;

        /// <summary>Slot of <c>help_requests</c>.</summary>
        public const int HelpRequests = 13;

        /// <summary>Slot of <c>help_success</c>.</summary>
        public const int HelpSuccess = 14;

        /// <summary>Slot of <c>help_to_trusted_share</c>.</summary>
        public const int HelpToTrustedShare = 15;

        /// <summary>Slot of <c>voice_events</c>.</summary>
        public const int VoiceEvents = 16;

        /// <summary>Slot of <c>voice_accepted</c>.</summary>
        public const int VoiceAccepted = 17;

        /// <summary>Slot of <c>inquiries</c>.</summary>
        public const int Inquiries = 18;

        /// <summary>Slot of <c>takeover_ticks</c>.</summary>
        public const int TakeoverTicks = 19;

        /// <summary>Slot of <c>reviews</c>.</summary>
        public const int Reviews = 20;

        /// <summary>Slot of <c>routing_accuracy</c>.</summary>
        public const int RoutingAccuracy = 21;

        /// <summary>Slot of <c>throughput</c>.</summary>
        public const int Throughput = 22;

        /// <summary>Slot of <c>final_psych_safety</c>.</summary>
        public const int FinalPsychSafety = 23;

        /// <summary>Slot of <c>final_trust_mean</c>.</summary>
        public const int FinalTrustMean = 24;

        /// <summary>Slot of <c>final_trust_in_leader</c>.</summary>
        public const int FinalTrustInLeader = 25;

        /// <summary>Slot of <c>final_team_knowledge</c>.</summary>
        public const int FinalTeamKnowledge = 26;

        /// <summary>Slot of <c>final_knowledge_breadth</c>.</summary>
        public const int FinalKnowledgeBreadth = 27;

        /// <summary>Slot of <c>final_directory_accuracy</c>.</summary>
        public const int FinalDirectoryAccuracy = 28;

        /// <summary>Slot of <c>final_mindset</c>.</summary>
        public const int FinalMindset = 29;

        /// <summary>Slot of <c>mean_arousal</c>.</summary>
        public const int MeanArousal = 30;

        /// <summary>Slot of <c>handovers</c>.</summary>
        public const int Handovers = 31;

        /// <summary>Number of per-run metrics.</summary>
        public const int Count = 32;
    }

    /// <summary>The metrics laid out by their slots; every slot in [0, count) must be given exactly once.</summary>
    private static MetricDefinition[] BySlot(int count, (int Slot, MetricDefinition Metric)[] entries)
    {
        var metrics = new MetricDefinition[count];
        foreach ((int slot, MetricDefinition metric) in entries)
        {
            if (slot < 0 || slot >= count || metrics[slot] is not null)
            {
                throw new InvalidOperationException($"Metric slot {slot} ({metric.Name}) is out of range or given twice.");
            }

            metrics[slot] = metric;
        }

        for (int slot = 0; slot < count; slot++)
        {
            if (metrics[slot] is null)
            {
                throw new InvalidOperationException($"Metric slot {slot} has no metric.");
            }
        }

        return metrics;
    }
}
