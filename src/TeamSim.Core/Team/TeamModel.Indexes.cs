namespace TeamSim.Core.Team;

/// <content>
/// Work groups (bounded contact) and the indexes that keep large teams near O(N log N) per tick:
/// the leader's routing scores per domain and the best member by true fit. The indexes change no
/// result: every query returns exactly what the scan it replaces returns (same member, same
/// ties), which <c>IndexTests</c> check by running both ways.
/// </content>
public sealed partial class TeamModel
{
    /// <summary>
    /// Smallest team that uses the indexes; smaller teams scan, which is cheaper than keeping the
    /// indexes up to date when there are only a few members to look at.
    /// </summary>
    internal const int IndexMinSize = 32;

    private readonly int _groupCount;        // work groups: ceil(N / team.group_size), 1 = the whole team
    private readonly MaxTree[]? _routing;     // per domain k (and rank, under takeover by rank): the leader's score of each member but herself
    private readonly FitIndex? _fitIndex;
    private readonly bool[] _asked;           // members the leader is asking about the current incident
    private readonly int[] _askedList;        // the same members, in index order
    private int _absentOthers;                // absent members other than the leader

    /// <summary>Key of the rank tree in <see cref="_routing"/>: takeover by rank scores rank, not beliefs.</summary>
    private int RankKey => _k;

    /// <summary>
    /// The work group of a member. The team is cut into <see cref="_groupCount"/> runs of
    /// consecutive indices as equal as can be (group q holds i with floor(i G / N) = q), so no
    /// group is a small remainder; with primary domains i mod K every group of K or more has
    /// specialists of every domain.
    /// </summary>
    private int GroupOf(int member) => (int)((long)member * _groupCount / _n);

    /// <summary>First member of group q: the smallest i with i G &gt;= q N.</summary>
    private int GroupFirst(int group) => (int)((((long)group * _n) + _groupCount - 1) / _groupCount);

    private int GroupStart(int member) => GroupFirst(GroupOf(member));

    private int GroupEnd(int member) => GroupFirst(GroupOf(member) + 1);

    /// <summary>
    /// The leader's routing score of a member for a key (a domain, or <see cref="RankKey"/>):
    /// belief minus load_pen x queue. The one formula both the scans and the index use.
    /// </summary>
    private double RoutingScore(int member, int key)
    {
        double belief = key == RankKey ? _members.Rank[member] : _directory[Leader, member, key];
        return belief - (P.LoadPenalty * _members.Queue[member]);
    }

    /// <summary>Re-reads a member's routing scores; call after her queue, presence, rank or the leader's beliefs about her change.</summary>
    private void RefreshRouting(int member)
    {
        if (_routing is null || member == Leader)
        {
            return; // no index (small team), or the leader, whom routing scores from her own expertise
        }

        for (int key = 0; key < _routing.Length; key++)
        {
            RefreshRouting(member, key);
        }
    }

    /// <summary>Re-reads one routing score of a member other than the leader.</summary>
    private void RefreshRouting(int member, int key) =>
        _routing?[key].Set(member, Available(member) ? RoutingScore(member, key) : double.NegativeInfinity);

    private void RefreshIndexesOnPresence(int member)
    {
        RefreshRouting(member);
        _fitIndex?.Refresh(member);
    }

    /// <summary>
    /// Argmax of <see cref="RoutingScore"/> over present members other than the leader and those
    /// being asked (ties: lowest index); -1 if there is none.
    /// </summary>
    private int BestByLeaderBelief(int key)
    {
        if (_routing is not null)
        {
            return _routing[key].ArgMax(); // asked members are masked while she asks
        }

        int best = -1;
        double bestScore = double.NegativeInfinity;
        for (int i = 1; i < _n; i++)
        {
            if (!Available(i) || _asked[i])
            {
                continue;
            }

            double score = RoutingScore(i, key);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Chooses whom the leader asks about an incident of domain <paramref name="d"/>: everyone
    /// present, or, with leader.ask_limit c below that, the c present members she believes best
    /// for d (highest routing score, ties to the lower index). Fills <see cref="_askedList"/> in
    /// index order and returns their number; <paramref name="everyone"/> says whether all present
    /// members other than the leader are asked.
    /// </summary>
    private int SelectAskedMembers(int d, out bool everyone)
    {
        int limit = P.AskLimit;
        int count = 0;
        everyone = limit == 0 || limit >= _n - 1 - _absentOthers;
        if (everyone)
        {
            for (int i = 1; i < _n; i++)
            {
                if (Available(i))
                {
                    _askedList[count++] = i;
                }
            }

            return count;
        }

        // The top c one at a time: each pick is masked (index) or flagged (scan) before the next.
        for (; count < limit; count++)
        {
            int pick = BestByLeaderBelief(d);
            _asked[pick] = true;
            _askedList[count] = pick;
            _routing?[d].Set(pick, double.NegativeInfinity);
        }

        Array.Sort(_askedList, 0, count); // asked in index order, as when everyone is asked
        return count;
    }

    /// <summary>
    /// Unmarks the asked members and restores their scores in the incident's domain <paramref name="d"/>
    /// (the other domains were re-read as the answers came in: <see cref="LearnFromAnswer"/>).
    /// </summary>
    private void ReleaseAskedMembers(int count, int d)
    {
        for (int a = 0; a < count; a++)
        {
            int member = _askedList[a];
            _asked[member] = false;
            RefreshRouting(member, d);
        }
    }

    /// <summary>The present member with the highest true fit for the incident (ties: lowest index).</summary>
    private int BestAvailableByTrueFit(int slot, out double bestFit)
    {
        if (_fitIndex is not null)
        {
            return _fitIndex.Best(_incidents.WeightsOf(slot), out bestFit);
        }

        return BestAvailableByTrueFit(slot, 0, _n, out bestFit);
    }

    /// <summary>The present member of [start, end) with the highest true fit (ties: lowest index); -1 if none.</summary>
    private int BestAvailableByTrueFit(int slot, int start, int end, out double bestFit)
    {
        int best = -1;
        bestFit = double.NegativeInfinity;
        for (int i = start; i < end; i++)
        {
            if (!Available(i))
            {
                continue;
            }

            double fit = TrueFit(i, slot);
            if (fit > bestFit)
            {
                bestFit = fit;
                best = i;
            }
        }

        return best;
    }

    /// <summary>Whether this run uses the indexes (teams of <see cref="IndexMinSize"/> or more, unless a test forces it).</summary>
    internal bool UsesIndexes => _fitIndex is not null;

    /// <summary>True if every index entry equals what a rebuild from the current state would hold.</summary>
    internal bool IndexesAreConsistentForTest()
    {
        if (_routing is null || _fitIndex is null)
        {
            return true;
        }

        for (int key = 0; key < _routing.Length; key++)
        {
            for (int i = 0; i < _n; i++)
            {
                double expected = i != Leader && Available(i) ? RoutingScore(i, key) : double.NegativeInfinity;
                if (_routing[key][i] != expected)
                {
                    return false;
                }
            }
        }

        return _fitIndex.IsConsistent();
    }

    private MaxTree[]? CreateRoutingIndex(bool use)
    {
        if (!use)
        {
            return null;
        }

        var trees = new MaxTree[P.TakeoverByRank ? _k + 1 : _k];
        for (int key = 0; key < trees.Length; key++)
        {
            trees[key] = new MaxTree(_n);
        }

        return trees;
    }
}
