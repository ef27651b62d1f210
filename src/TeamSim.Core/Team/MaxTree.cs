namespace TeamSim.Core.Team;

/// <summary>
/// A max segment tree over n values: change one value in O(log n), read the maximum and the
/// lowest index holding it in O(log n). Used by the leader's routing so an argmax over the whole
/// team need not scan it.
/// </summary>
/// <remarks>
/// The tree only compares stored values, never computes with them, so its argmax is exactly the
/// one a scan with a strict <c>&gt;</c> finds (first, that is lowest, index among equal maxima).
/// Negative infinity marks a leaf that is not a candidate.
/// </remarks>
internal sealed class MaxTree
{
    private readonly int _leaves;     // a power of two >= n; leaf i is node _leaves + i
    private readonly double[] _node;  // node 1 is the root; node p has children 2p and 2p + 1

    public MaxTree(int n)
    {
        _leaves = 1;
        while (_leaves < n)
        {
            _leaves *= 2;
        }

        _node = new double[2 * _leaves];
        Array.Fill(_node, double.NegativeInfinity);
    }

    /// <summary>The largest value (negative infinity when no leaf is a candidate).</summary>
    public double Max => _node[1];

    /// <summary>The value stored for index <paramref name="i"/>.</summary>
    public double this[int i] => _node[_leaves + i];

    /// <summary>Stores <paramref name="value"/> for index <paramref name="i"/> and updates the maxima above it.</summary>
    public void Set(int i, double value)
    {
        int p = _leaves + i;
        _node[p] = value;
        for (p /= 2; p >= 1; p /= 2)
        {
            double left = _node[2 * p], right = _node[(2 * p) + 1];
            double max = left >= right ? left : right;
            if (BitConverter.DoubleToInt64Bits(_node[p]) == BitConverter.DoubleToInt64Bits(max))
            {
                return; // this node, and so every node above it, holds exactly what it held
            }

            _node[p] = max;
        }
    }

    /// <summary>The lowest index holding the maximum, or -1 when no leaf is a candidate.</summary>
    public int ArgMax()
    {
        if (double.IsNegativeInfinity(_node[1]))
        {
            return -1;
        }

        // Walk down toward the maximum, preferring the left child on ties: the lowest index wins.
        int p = 1;
        while (p < _leaves)
        {
            p = _node[2 * p] >= _node[(2 * p) + 1] ? 2 * p : (2 * p) + 1;
        }

        return p - _leaves;
    }
}
