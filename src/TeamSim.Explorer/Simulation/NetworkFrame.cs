namespace TeamSim.Explorer.Simulation;

/// <summary>
/// The team of one run at one tick, as the network picture draws it. Member 0 is the leader.
/// </summary>
/// <param name="Tick">Tick after which the state was read (0 = before the first tick).</param>
/// <param name="HelpFromTick">First tick of the help window; <see cref="Help"/> counts ticks <paramref name="HelpFromTick"/> to <paramref name="Tick"/>.</param>
/// <param name="Members">Team size N, including the leader.</param>
/// <param name="Safety">Psychological safety of each member, [0,1].</param>
/// <param name="Trust">Benevolence trust Ben[i][j] of i in j, row-major N x N, [0,1].</param>
/// <param name="Help">Help requests from asker i to helper j in the window, row-major N x N.</param>
/// <param name="Queue">Incidents waiting on each member.</param>
/// <param name="Present">False for a member who is away at <paramref name="Tick"/>.</param>
/// <param name="DamageSoFar">Cumulative damage of the run up to <paramref name="Tick"/>.</param>
/// <param name="OpenIncidents">Open incidents at <paramref name="Tick"/>.</param>
public sealed record NetworkFrame(
    int Tick,
    int HelpFromTick,
    int Members,
    double[] Safety,
    double[] Trust,
    int[] Help,
    int[] Queue,
    bool[] Present,
    double DamageSoFar,
    int OpenIncidents)
{
    /// <summary>Benevolence trust of i in j, [0,1].</summary>
    public double TrustOf(int i, int j) => Trust[(i * Members) + j];

    /// <summary>Mean of i's trust in j and j's in i: the strength of the pair's tie, [0,1].</summary>
    public double MutualTrust(int i, int j) => (TrustOf(i, j) + TrustOf(j, i)) / 2;

    /// <summary>Help requests from i to j in the window.</summary>
    public int HelpFrom(int i, int j) => Help[(i * Members) + j];

    /// <summary>All help requests in the window.</summary>
    public int HelpTotal => Help.Sum();

    /// <summary>Mean trust over all ordered pairs of different members, [0,1].</summary>
    public double MeanTrust
    {
        get
        {
            double sum = 0;
            for (int i = 0; i < Members; i++)
            {
                for (int j = 0; j < Members; j++)
                {
                    sum += i == j ? 0 : TrustOf(i, j);
                }
            }

            return Members > 1 ? sum / (Members * (Members - 1.0)) : double.NaN;
        }
    }

    /// <summary>Mean trust of the members in the leader (member 0), [0,1]; NaN for a team of one.</summary>
    /// <remarks>Shown apart from the lines, which average both directions: the leader's trust in the team falls under either policy, the team's trust in a blaming leader falls further.</remarks>
    public double TrustInLeader
    {
        get
        {
            double sum = 0;
            for (int j = 1; j < Members; j++)
            {
                sum += TrustOf(j, 0);
            }

            return Members > 1 ? sum / (Members - 1) : double.NaN;
        }
    }

    /// <summary>Mean psychological safety of the team, [0,1].</summary>
    public double MeanSafety => Safety.Average();
}
