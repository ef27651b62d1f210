using TeamSim.Core.Models;

namespace TeamSim.Core.Team;

/// <content>Read access to member state for tests and the explorer's network picture; never used by the model itself.</content>
public sealed partial class TeamModel : ITeamView
{
    /// <inheritdoc />
    public int Members => _n;

    /// <inheritdoc />
    public int Domains => _k;

    /// <summary>Psychological safety S of member i, [0,1].</summary>
    public double SafetyOf(int i) => _members.Safety[i];

    /// <summary>Learning mindset M of member i, [0,1].</summary>
    public double MindsetOf(int i) => _members.Mindset[i];

    /// <summary>Arousal A of member i, [0,1].</summary>
    public double ArousalOf(int i) => _members.Arousal[i];

    /// <summary>Expertise e[i][k], [0,1].</summary>
    public double ExpertiseOf(int i, int k) => _members.Expertise[(i * _k) + k];

    /// <summary>Benevolence trust Ben[i][j] of i in j, [0,1].</summary>
    public double BenevolenceOf(int i, int j) => _trust[i, j];

    /// <summary>What i believes j knows in domain k, D[i][j][k].</summary>
    public double BeliefOf(int i, int j, int k) => _directory[i, j, k];

    /// <summary>Rank percentile of member i in [0,1] (the leader, member 0, is 1).</summary>
    public double RankOf(int i) => _members.Rank[i];

    /// <summary>Number of concealed errors not yet surfaced.</summary>
    public int LatentErrors => _latentCount;

    /// <summary>Number of open incidents.</summary>
    public int OpenIncidents => _incidents.OpenCount;

    /// <summary>Incidents queued on member i.</summary>
    public int QueueOf(int i) => _members.Queue[i];

    /// <summary>1 - mean |D[L][j][k] - e[j][k]| over the leader's beliefs about the others.</summary>
    public double LeaderDirectoryAccuracy()
    {
        double error = 0;
        for (int j = 1; j < _n; j++)
        {
            for (int k = 0; k < _k; k++)
            {
                error += Math.Abs(BeliefOf(Leader, j, k) - ExpertiseOf(j, k));
            }
        }

        return 1 - (error / ((_n - 1) * (double)_k));
    }

    internal void SetBenevolenceForTest(int i, int j, double value) => _trust.Set(i, j, value);

    internal void SetBeliefForTest(int i, int j, int k, double value)
    {
        _directory[i, j, k] = value;
        if (i == Leader)
        {
            RefreshRouting(j);
        }
    }

    internal int OpenIncidentForTest(int domain) => CreateIncident(_rngAttributes, domain, P.Severity0, TeamEventKinds.Arrival);

    internal int ChooseHelperForTest(int asker, int slot) => ChooseHelper(asker, slot);

    internal void RespondToReportedErrorForTest(int member) => RespondToReportedError(member);

    /// <summary>Logs a hard solve by <paramref name="solver"/> of a new incident in <paramref name="domain"/> for the next review.</summary>
    internal void LogSolveForReviewForTest(int domain, int solver) => LogForReview(OpenIncidentForTest(domain), solver, solver);

    /// <summary>Member <paramref name="member"/> reports an error on a new incident in <paramref name="domain"/>: it is logged and the leader responds.</summary>
    internal void ReportErrorForTest(int domain, int member)
    {
        LogForReview(OpenIncidentForTest(domain), -1, member);
        _groupReported[GroupOf(member)]++;
        RespondToReportedError(member);
    }

    /// <summary>The leader's confidence in her belief about member j in domain k.</summary>
    internal double ConfidenceOf(int j, int k) => _directory.Confidence(j, k);

    internal void HoldReviewForTest() => HoldReview();

    /// <summary>Hands an open incident to <paramref name="member"/> and lets her solve it at once.</summary>
    internal void ResolveForTest(int member, int slot)
    {
        _incidents.Assignee[slot] = member;
        _members.Queue[member]++;
        RefreshRouting(member);
        Resolve(member, slot);
    }

    internal int ChooseByLeaderForTest(int slot, bool ask) => ChooseByLeader(slot, ask, allowKeep: true);

    internal int BestAvailableByTrueFitForTest(int slot) => BestAvailableByTrueFit(slot, out _);
}
