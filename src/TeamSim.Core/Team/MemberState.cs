using TeamSim.Core.Models;

namespace TeamSim.Core.Team;

/// <summary>
/// The state of every member of a team, one array per attribute indexed by member (member 0 is the
/// leader): expertise, rank, safety, arousal, mindset, workload and this tick's flags.
/// </summary>
/// <remarks>
/// A readonly struct of arrays held in one field of <see cref="TeamModel"/>: the arrays never change
/// length, so a copy would share them, and the hot loop reads them as directly as the model's own fields.
/// </remarks>
internal readonly struct MemberState
{
    /// <summary>Takes zeroed arrays for <paramref name="members"/> members and <paramref name="domains"/> domains.</summary>
    public MemberState(int members, int domains, ModelWorkspace? workspace)
    {
        Expertise = workspace.Take<double>(members * domains);
        Primary = workspace.Take<int>(members);
        Rank = workspace.Take<double>(members);
        Safety = workspace.Take<double>(members);
        Arousal = workspace.Take<double>(members);
        Mindset = workspace.Take<double>(members);
        ExpertiseFloor = workspace.Take<double>(members * domains);
        Queue = workspace.Take<int>(members);
        Budget = workspace.Take<double>(members);
        PendingCost = workspace.Take<double>(members);
        Absent = workspace.Take<bool>(members);
        Worked = workspace.Take<bool>(members);
        Blamed = workspace.Take<bool>(members);
        Erred = workspace.Take<bool>(members);
        ErredBefore = workspace.Take<bool>(members);
        Partner = workspace.Take<int>(members);
    }

    /// <summary>Expertise e[i][k] in [0, 1], at [i * K + k].</summary>
    public double[] Expertise { get; }

    /// <summary>What member i brought to the team in domain k, at [i * K + k]: forgetting stops there.</summary>
    public double[] ExpertiseFloor { get; }

    /// <summary>Primary domain of each member.</summary>
    public int[] Primary { get; }

    /// <summary>Rank percentile in [0, 1]; the leader is highest.</summary>
    public double[] Rank { get; }

    /// <summary>Psychological safety S in [0, 1].</summary>
    public double[] Safety { get; }

    /// <summary>Arousal A in [0, 1].</summary>
    public double[] Arousal { get; }

    /// <summary>Learning mindset M in [0, 1] (1 = learning, 0 = fixed).</summary>
    public double[] Mindset { get; }

    /// <summary>Incidents assigned to each member.</summary>
    public int[] Queue { get; }

    /// <summary>Share of this tick still free for work.</summary>
    public double[] Budget { get; }

    /// <summary>Time owed to the next tick (help given after working, reviews).</summary>
    public double[] PendingCost { get; }

    /// <summary>Whether each member is absent.</summary>
    public bool[] Absent { get; }

    /// <summary>Whether each member has worked this tick.</summary>
    public bool[] Worked { get; }

    /// <summary>Whether each member was blamed this tick.</summary>
    public bool[] Blamed { get; }

    /// <summary>Whether each member erred this tick.</summary>
    public bool[] Erred { get; }

    /// <summary>Whether each member erred in the previous tick (and so seeks guidance now).</summary>
    public bool[] ErredBefore { get; }

    /// <summary>Rotation partner of each member, or -1.</summary>
    public int[] Partner { get; }

    /// <summary>Starts a tick: time owed becomes this tick's budget and the tick's flags clear.</summary>
    public void BeginTick()
    {
        // Locals, not this struct's fields, so the loop does not re-read them after every store.
        double[] budget = Budget, pendingCost = PendingCost;
        bool[] worked = Worked, blamed = Blamed, erred = Erred, erredBefore = ErredBefore;
        for (int i = 0; i < budget.Length; i++)
        {
            budget[i] = Math.Max(0.0, 1.0 - pendingCost[i]);
            pendingCost[i] = Math.Max(0.0, pendingCost[i] - 1.0);
            worked[i] = false;
            blamed[i] = false;
            erredBefore[i] = erred[i];
            erred[i] = false;
        }
    }
}
