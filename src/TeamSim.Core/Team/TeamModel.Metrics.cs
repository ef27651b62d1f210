using static TeamSim.Core.Team.TeamMetrics;

namespace TeamSim.Core.Team;

/// <content>Metrics: the tick and run metrics written by slot from the tally and the team's state.</content>
public sealed partial class TeamModel
{
    private readonly double[] _tickMetrics;

    // The metrics that describe the team as a step leaves it (mean safety, trust in the leader,
    // knowledge, breadth, mindset, directory accuracy) are most of the cost of the tick metrics
    // (directory accuracy alone is N(N-1)K dependent additions, or a fixed sample of pairs in large
    // teams), and a sweep reads only their final values. So a step marks them stale and the first
    // read after the step computes them; nothing in the public API changes the team between
    // steps, so the values are the ones the step would have recorded, to the bit. (The *ForTest
    // hooks in TeamModel.Inspection.cs do change it: a test that uses one between a step and a
    // read sees the changed state.)
    private bool _stateMetricsStale;

    // What the run has counted: see TeamTally. Never copied: always used through this field.
    private TeamTally _tally;

    private void RecordTickMetrics()
    {
        _tally.CumulativeDamage += _tally.Damage;
        _tally.PeakOpen = Math.Max(_tally.PeakOpen, _incidents.OpenCount);

        // Arousal every tick: the run's mean arousal is its mean over the ticks.
        double arousal = 0;
        for (int i = 0; i < _n; i++)
        {
            arousal += _members.Arousal[i];
        }

        _tally.ArousalSum += arousal / _n;
        Span<double> m = _tickMetrics;
        m[TickSlot.OpenIncidents] = _incidents.OpenCount;
        m[TickSlot.Arrived] = _tally.Arrived.Tick;
        m[TickSlot.Resolved] = _tally.Resolved.Tick;
        m[TickSlot.CrisesActive] = _tally.CrisesActive;
        m[TickSlot.Damage] = _tally.Damage;
        m[TickSlot.CumulativeDamage] = _tally.CumulativeDamage;
        m[TickSlot.ErrorsMade] = _tally.ErrorsMade.Tick;
        m[TickSlot.ErrorsReported] = _tally.ErrorsReported.Tick;
        m[TickSlot.ErrorsConcealed] = _tally.ErrorsConcealed.Tick;
        m[TickSlot.LatentSurfaced] = _tally.LatentSurfaced.Tick;
        m[TickSlot.TrustMean] = _trust.Mean;
        m[TickSlot.Arousal] = arousal / _n;
        m[TickSlot.HelpRequests] = _tally.HelpRequests.Tick;
        m[TickSlot.HelpSuccess] = _tally.HelpSuccess.Tick;
        m[TickSlot.VoiceEvents] = _tally.Voice.Tick;
        m[TickSlot.RoutingAccuracy] = _tally.Assignments.Tick > 0 ? _tally.Accurate.Tick / (double)_tally.Assignments.Tick : double.NaN;
        m[TickSlot.LeaderLoad] = _members.Queue[Leader] / (double)P.LeaderCapacity;
        m[TickSlot.MeanTimeToResolve] = _tally.Resolved.Total > 0 ? _tally.ResolveTimeSum / _tally.Resolved.Total : double.NaN;
        m[TickSlot.Takeover] = _takeover ? 1 : 0;
        m[TickSlot.Pressure] = Pressure;

        // Safety, trust in the leader, knowledge, breadth, mindset and directory accuracy on first read (RecordStateMetrics).
        _stateMetricsStale = true;
    }

    /// <summary>The tick metrics that describe the team's state, from the state a step left.</summary>
    private void RecordStateMetrics()
    {
        double safety = 0, mindset = 0, knowledge = 0, breadth = 0, trustInLeader = 0;
        for (int i = 0; i < _n; i++)
        {
            safety += _members.Safety[i];
            mindset += _members.Mindset[i];
            int wide = 0;
            for (int k = 0; k < _k; k++)
            {
                double e = _members.Expertise[(i * _k) + k];
                knowledge += e;
                wide += e > 0.5 ? 1 : 0;
            }

            breadth += wide / (double)_k;
            if (i != Leader)
            {
                trustInLeader += _trust[i, Leader];
            }
        }

        Span<double> m = _tickMetrics;
        m[TickSlot.PsychSafety] = safety / _n;
        m[TickSlot.TrustInLeader] = _n > 1 ? trustInLeader / (_n - 1) : double.NaN;
        m[TickSlot.TeamKnowledge] = knowledge / (_n * _k);
        m[TickSlot.KnowledgeBreadth] = breadth / _n;
        m[TickSlot.Mindset] = mindset / _n;
        m[TickSlot.DirectoryAccuracy] = _directory.Accuracy(_members.Expertise);
    }

    /// <inheritdoc />
    public void WriteTickMetrics(Span<double> destination) => CurrentTickMetrics().CopyTo(destination);

    /// <summary>The last step's tick metrics, with the state metrics filled in if they are stale.</summary>
    private ReadOnlySpan<double> CurrentTickMetrics()
    {
        if (_stateMetricsStale)
        {
            RecordStateMetrics();
            _stateMetricsStale = false;
        }

        return _tickMetrics;
    }

    /// <inheritdoc />
    public void WriteRunMetrics(Span<double> destination)
    {
        double openAge = 0;
        for (int o = 0; o < _incidents.OpenCount; o++)
        {
            openAge += Tick - _incidents.Arrival[_incidents.Open[o]];
        }

        long pickedOne = _tally.HelpToTrusted + _tally.HelpToSenior;
        int ticks = Math.Max(1, Tick);
        ReadOnlySpan<double> last = CurrentTickMetrics();
        Span<double> r = destination;
        r[RunSlot.TotalDamage] = _tally.CumulativeDamage;
        r[RunSlot.IncidentsArrived] = _tally.Arrived.Total;
        r[RunSlot.IncidentsResolved] = _tally.Resolved.Total;
        r[RunSlot.OpenAtEnd] = _incidents.OpenCount;
        r[RunSlot.Crises] = _tally.Crises;
        r[RunSlot.PeakOpenIncidents] = _tally.PeakOpen;
        r[RunSlot.MeanTimeToResolve] = _tally.Resolved.Total > 0 ? _tally.ResolveTimeSum / _tally.Resolved.Total : double.NaN;
        r[RunSlot.MeanOpenAgeAtEnd] = _incidents.OpenCount > 0 ? openAge / _incidents.OpenCount : double.NaN;
        r[RunSlot.ErrorsMade] = _tally.ErrorsMade.Total;
        r[RunSlot.ErrorsReported] = _tally.ErrorsReported.Total;
        r[RunSlot.ErrorsConcealed] = _tally.ErrorsConcealed.Total;
        r[RunSlot.ReportRate] = _tally.ErrorsMade.Total > 0 ? _tally.ErrorsReported.Total / (double)_tally.ErrorsMade.Total : double.NaN;
        r[RunSlot.LatentSurfaced] = _tally.LatentSurfaced.Total;
        r[RunSlot.HelpRequests] = _tally.HelpRequests.Total;
        r[RunSlot.HelpSuccess] = _tally.HelpSuccess.Total;
        r[RunSlot.HelpToTrustedShare] = pickedOne > 0 ? _tally.HelpToTrusted / (double)pickedOne : double.NaN;
        r[RunSlot.VoiceEvents] = _tally.Voice.Total;
        r[RunSlot.VoiceAccepted] = _tally.VoiceAccepted;
        r[RunSlot.Inquiries] = _tally.Inquiries;
        r[RunSlot.TakeoverTicks] = _tally.TakeoverTicks;
        r[RunSlot.Reviews] = _tally.Reviews;
        r[RunSlot.RoutingAccuracy] = _tally.Assignments.Total > 0 ? _tally.Accurate.Total / (double)_tally.Assignments.Total : double.NaN;
        r[RunSlot.Throughput] = _tally.Resolved.Total / ((double)_n * ticks);
        r[RunSlot.FinalPsychSafety] = last[TickSlot.PsychSafety];
        r[RunSlot.FinalTrustMean] = last[TickSlot.TrustMean];
        r[RunSlot.FinalTrustInLeader] = last[TickSlot.TrustInLeader];
        r[RunSlot.FinalTeamKnowledge] = last[TickSlot.TeamKnowledge];
        r[RunSlot.FinalKnowledgeBreadth] = last[TickSlot.KnowledgeBreadth];
        r[RunSlot.FinalDirectoryAccuracy] = last[TickSlot.DirectoryAccuracy];
        r[RunSlot.FinalMindset] = last[TickSlot.Mindset];
        r[RunSlot.MeanArousal] = _tally.ArousalSum / ticks;
        r[RunSlot.Handovers] = _tally.Handovers;
    }
}
