namespace TeamSim.Output.Report;

/// <summary>The team of one run over a window of ticks: trust at the window's end and who asked whom for help during it.</summary>
/// <param name="FromTick">First tick of the window.</param>
/// <param name="ToTick">Last tick of the window; <see cref="Trust"/> is read after it.</param>
/// <param name="Members">Team size, the leader is member 0.</param>
/// <param name="Trust">Benevolence trust Ben[i][j] of i in j at <paramref name="ToTick"/>, row-major N x N, [0,1].</param>
/// <param name="Help">Help requests from asker i to helper j during the window, row-major N x N.</param>
/// <param name="Primary">Each member's strongest domain at <paramref name="ToTick"/>.</param>
/// <param name="Present">False for members absent at <paramref name="ToTick"/>.</param>
public sealed record TeamSnapshot(int FromTick, int ToTick, int Members, double[] Trust, int[] Help, int[] Primary, bool[] Present)
{
    /// <summary>Trust of i in j.</summary>
    public double TrustOf(int i, int j) => Trust[(i * Members) + j];

    /// <summary>Help requests from i to j in the window.</summary>
    public int HelpFrom(int i, int j) => Help[(i * Members) + j];

    /// <summary>All help requests in the window.</summary>
    public int HelpTotal => Help.Sum();
}
