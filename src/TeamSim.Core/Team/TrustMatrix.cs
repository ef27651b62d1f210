using System.Runtime.CompilerServices;

namespace TeamSim.Core.Team;

/// <summary>
/// Benevolence trust Ben[i][j] of member i in member j, in [0, 1] (Mayer, Davis and Schoorman 1995),
/// with the running sum over i != j that gives the team's mean trust in O(1).
/// </summary>
/// <remarks>A mutable struct held in one field of <see cref="TeamModel"/> and never copied, so reads cost what an array read does.</remarks>
internal struct TrustMatrix
{
    private readonly int _n;
    private readonly double[] _ben; // Ben[i*N + j]
    private double _sum;            // sum of Ben[i][j] over i != j

    /// <summary>Wraps a zeroed array of N x N cells for a team of <paramref name="members"/>; call <see cref="Fill"/> before use.</summary>
    public TrustMatrix(int members, double[] cells)
    {
        _n = members;
        _ben = cells;
    }

    /// <summary>Ben[i][j], i's trust in j.</summary>
    public readonly double this[int i, int j]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ben[(i * _n) + j];
    }

    /// <summary>Mean of Ben[i][j] over ordered pairs i != j (NaN for a team of one).</summary>
    public readonly double Mean => _n > 1 ? _sum / ((double)_n * (_n - 1)) : double.NaN;

    /// <summary>Everyone trusts everyone else <paramref name="initial"/> and themselves 1.</summary>
    public void Fill(double initial)
    {
        for (int i = 0; i < _n; i++)
        {
            for (int j = 0; j < _n; j++)
            {
                _ben[(i * _n) + j] = i == j ? 1.0 : initial;
            }
        }

        _sum = (double)_n * (_n - 1) * initial;
    }

    /// <summary>Sets Ben[i][j] to <paramref name="value"/> clamped to [0, 1], keeping the sum up to date.</summary>
    public void Set(int i, int j, double value)
    {
        int index = (i * _n) + j;
        value = value < 0 ? 0 : value > 1 ? 1 : value;
        _sum += value - _ben[index];
        _ben[index] = value;
    }
}
