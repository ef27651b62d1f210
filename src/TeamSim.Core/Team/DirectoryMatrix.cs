using System.Runtime.CompilerServices;
using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <summary>
/// The who-knows-what directory (Wegner 1987): D[i][j][k], what member i believes member j knows in
/// domain k, in [0, 1] (i's own row is her true expertise); the leader's confidence in each of her
/// beliefs; and the directory-accuracy metric.
/// </summary>
/// <remarks>
/// A mutable struct held in one field of <see cref="TeamModel"/> and never copied, so a read costs
/// what the array read it wraps does. i's beliefs about everyone, D[i][*][*], are one block of N x K
/// laid out like the expertise array e[j][k].
/// </remarks>
internal struct DirectoryMatrix
{
    /// <summary>Most ordered pairs the accuracy metric sums over; larger teams use a fixed sample of this many.</summary>
    private const int AccuracySampleLimit = 4096;

    private readonly int _n;
    private readonly int _k;
    private readonly double[] _beliefs;    // D[(i*N + j)*K + k]
    private readonly double[] _confidence; // the leader's confidence in D[L][j][k], at [j*K + k]
    private int[] _samplePairs;            // accuracy sample (i, j) pairs; empty = all pairs

    /// <summary>Wraps zeroed arrays of N x N x K beliefs and N x K confidences.</summary>
    public DirectoryMatrix(int members, int domains, double[] beliefs, double[] confidence)
    {
        _n = members;
        _k = domains;
        _beliefs = beliefs;
        _confidence = confidence;
        _samplePairs = [];
    }

    /// <summary>D[i][j][k], what i believes j knows in domain k.</summary>
    public readonly ref double this[int i, int j, int k]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _beliefs[(((i * _n) + j) * _k) + k];
    }

    /// <summary>i's beliefs about j, one per domain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly Span<double> Row(int i, int j) => _beliefs.AsSpan(((i * _n) + j) * _k, _k);

    /// <summary>The leader's confidence in her belief about member j in domain k, [0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly double Confidence(int j, int k) => _confidence[(j * _k) + k];

    /// <summary>The leader's belief about member j in domain k is a guess again: her confidence in it is 0.</summary>
    public readonly void ForgetConfidence(int j, int k) => _confidence[(j * _k) + k] = 0;

    /// <summary>
    /// The leader's belief about member j in domain k has just moved toward the truth by
    /// <paramref name="step"/>: her confidence in it rises by the same step, c += step (1 - c).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void GainConfidence(int j, int k, double step)
    {
        int cell = (j * _k) + k;
        _confidence[cell] += step * (1 - _confidence[cell]);
    }

    /// <summary>The leader saw member j work with these needs: her confidence in D[L][j][k] rises by rate x w_k.</summary>
    public readonly void GainConfidence(int j, ReadOnlySpan<double> needs, double rate)
    {
        for (int k = 0; k < _k; k++)
        {
            if (needs[k] > 0)
            {
                GainConfidence(j, k, rate * needs[k]);
            }
        }
    }

    /// <summary>
    /// Chooses the pairs the accuracy metric sums over: all pairs in a small team, else a fixed
    /// random sample of ordered pairs drawn from <paramref name="rng"/>, which keeps the metric O(1) per tick.
    /// </summary>
    public void ChooseAccuracySample(Xoshiro256StarStar rng)
    {
        long allPairs = (long)_n * (_n - 1);
        if (allPairs <= AccuracySampleLimit)
        {
            _samplePairs = []; // small teams: the metric runs over all pairs, in (i, j) order
            return;
        }

        var sample = new int[AccuracySampleLimit * 2];
        for (int s = 0; s < AccuracySampleLimit; s++)
        {
            int i = rng.Next(_n);
            int j = rng.Next(_n - 1);
            if (j >= i)
            {
                j++;
            }

            sample[2 * s] = i;
            sample[(2 * s) + 1] = j;
        }

        _samplePairs = sample;
    }

    /// <summary>1 - mean |D[i][j][k] - e[j][k]| over ordered pairs i != j (a fixed sample of pairs in large teams).</summary>
    /// <remarks>
    /// The sum runs over the pairs in a fixed order (i, then j, then k), so the value is
    /// reproducible to the bit; that makes it a chain of dependent additions, so the loops only
    /// remove what is not an addition (index arithmetic, bounds checks).
    /// </remarks>
    public readonly double Accuracy(ReadOnlySpan<double> expertise)
    {
        if (_samplePairs.Length == 0)
        {
            return _n > 1 ? 1 - (AllPairsError(expertise) / ((double)_n * (_n - 1) * _k)) : double.NaN;
        }

        // Locals, not this struct's fields, so the loop does not re-read them.
        ReadOnlySpan<double> directory = _beliefs;
        ReadOnlySpan<int> sample = _samplePairs;
        int n = _n, k = _k;
        double error = 0;
        int pairs = sample.Length / 2;
        for (int p = 0; p < pairs; p++)
        {
            int i = sample[2 * p];
            int j = sample[(2 * p) + 1];
            error = AddAbsoluteDifferences(error, directory.Slice(((i * n) + j) * k, k), expertise.Slice(j * k, k));
        }

        return 1 - (error / (pairs * (double)k));
    }

    /// <summary>
    /// Sum of |D[i][j][k] - e[j][k]| over all i != j: i's beliefs about everyone, D[i][*][*], are
    /// one block laid out like e, so each i is two contiguous runs (before and after i herself).
    /// </summary>
    private readonly double AllPairsError(ReadOnlySpan<double> expertise)
    {
        ReadOnlySpan<double> all = _beliefs;
        int n = _n, k = _k, block = n * k;
        double error = 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> beliefs = all.Slice(i * block, block);
            int self = i * k;
            error = AddAbsoluteDifferences(error, beliefs[..self], expertise[..self]);
            error = AddAbsoluteDifferences(error, beliefs[(self + k)..], expertise[(self + k)..]);
        }

        return error;
    }

    /// <summary>error + |a[0] - b[0]| + |a[1] - b[1]| + ..., added in that order.</summary>
    private static double AddAbsoluteDifferences(double error, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        b = b[..a.Length];
        for (int x = 0; x < a.Length; x++)
        {
            error += Math.Abs(a[x] - b[x]);
        }

        return error;
    }
}
