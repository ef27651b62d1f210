namespace TeamSim.Core.Team;

/// <summary>
/// Finds the present member with the highest true fit x_i = sum_k w_k e[i][k] for an incident's
/// knowledge weights w without scanning the team: a segment tree whose nodes hold, per domain,
/// the highest expertise among the members below them, searched by branch and bound.
/// </summary>
/// <remarks>
/// <para>Exactness. A node's bound sum_k w_k max_k is summed in the same order as a member's fit,
/// and with w_k &gt;= 0 every product and partial sum can only grow when a factor grows (rounding
/// is monotone), so the bound is never below the fit of any member under the node. A node is
/// skipped only when its bound is below the best fit found so far, or equal to it while every
/// member under it has a higher index than the best one; so the result is exactly the scan's
/// (highest fit, lowest index on ties), to the bit.</para>
/// <para>Leaves are ordered by primary domain, then by member index, so a subtree holds specialists
/// of one domain: its maxima outside that domain are low, which makes the bounds tight enough
/// to prune most of the tree for routine incidents and much of it for novel ones.</para>
/// </remarks>
internal sealed class FitIndex
{
    /// <summary>Stands for "not a candidate": below any fit (expertise is in [0,1], weights are &gt;= 0 and sum to 1).</summary>
    private const double NotCandidate = -1;

    private readonly int _k;
    private readonly int _leaves;       // a power of two >= n; leaf position p is node _leaves + p
    private readonly double[] _max;     // _max[node * K + k]: highest expertise in k among present members below node
    private readonly int[] _minMember;  // lowest member index below node (int.MaxValue if none)
    private readonly int[] _leafOf;     // member -> leaf position
    private readonly int[] _memberAt;   // leaf position -> member, -1 for padding
    private readonly double[] _expertise;
    private readonly bool[] _absent;
    private readonly int[] _stack;      // branch-and-bound stack: nodes still to look at ...
    private readonly double[] _bound;   // ... and their bounds

    /// <summary>An index over the model's own expertise and absence arrays (read, never written).</summary>
    public FitIndex(double[] expertise, bool[] absent, int[] primary, int domains)
    {
        int n = absent.Length;
        _k = domains;
        _expertise = expertise;
        _absent = absent;
        int depth = 0;
        for (_leaves = 1; _leaves < n; _leaves *= 2)
        {
            depth++;
        }

        _max = new double[2 * _leaves * _k];
        _minMember = new int[2 * _leaves];
        _leafOf = new int[n];
        _memberAt = new int[_leaves];
        _stack = new int[2 * (depth + 2)];
        _bound = new double[2 * (depth + 2)];
        Array.Fill(_max, NotCandidate);
        Array.Fill(_minMember, int.MaxValue);
        Array.Fill(_memberAt, -1);

        int position = 0;
        for (int d = 0; d < domains; d++)
        {
            for (int i = 0; i < n; i++)
            {
                if (primary[i] == d)
                {
                    _leafOf[i] = position;
                    _memberAt[position] = i;
                    _minMember[_leaves + position] = i;
                    position++;
                }
            }
        }

        for (int node = _leaves - 1; node >= 1; node--)
        {
            _minMember[node] = Math.Min(_minMember[2 * node], _minMember[(2 * node) + 1]);
        }

        for (int i = 0; i < n; i++)
        {
            Refresh(i);
        }
    }

    /// <summary>x = sum_k w_k e_k, summed in domain order; the one definition of a member's true fit.</summary>
    public static double Fit(ReadOnlySpan<double> weights, ReadOnlySpan<double> expertise)
    {
        expertise = expertise[..weights.Length];
        double fit = 0;
        for (int k = 0; k < weights.Length; k++)
        {
            fit += weights[k] * expertise[k];
        }

        return fit;
    }

    /// <summary>Re-reads every domain of <paramref name="member"/> (after an absence starts or ends).</summary>
    public void Refresh(int member)
    {
        for (int k = 0; k < _k; k++)
        {
            Refresh(member, k);
        }
    }

    /// <summary>Re-reads e[member][k] and updates the maxima above that leaf.</summary>
    public void Refresh(int member, int k)
    {
        int node = _leaves + _leafOf[member];
        _max[(node * _k) + k] = _absent[member] ? NotCandidate : _expertise[(member * _k) + k];
        for (node /= 2; node >= 1; node /= 2)
        {
            double max = Math.Max(_max[(2 * node * _k) + k], _max[(((2 * node) + 1) * _k) + k]);
            if (BitConverter.DoubleToInt64Bits(_max[(node * _k) + k]) == BitConverter.DoubleToInt64Bits(max))
            {
                return; // unchanged here, so unchanged above
            }

            _max[(node * _k) + k] = max;
        }
    }

    /// <summary>The present member with the highest fit for <paramref name="weights"/> (lowest index on ties), or -1.</summary>
    public int Best(ReadOnlySpan<double> weights, out double bestFit)
    {
        int best = -1;
        bestFit = double.NegativeInfinity;
        int top = 0;
        _stack[top] = 1;
        _bound[top++] = Bound(weights, 1);
        while (top > 0)
        {
            int node = _stack[--top];
            double bound = _bound[top];
            if (bound < bestFit || (bound == bestFit && _minMember[node] > best))
            {
                continue; // nobody below can beat the best so far
            }

            if (node >= _leaves)
            {
                int member = _memberAt[node - _leaves];
                if (member >= 0 && !_absent[member])
                {
                    best = member; // a leaf's bound is its fit, computed the same way
                    bestFit = bound;
                }

                continue;
            }

            // Look at the more promising child first (pushed last); on equal bounds the left one.
            int left = 2 * node, right = left + 1;
            double leftBound = Bound(weights, left), rightBound = Bound(weights, right);
            bool leftFirst = leftBound >= rightBound;
            _stack[top] = leftFirst ? right : left;
            _bound[top++] = leftFirst ? rightBound : leftBound;
            _stack[top] = leftFirst ? left : right;
            _bound[top++] = leftFirst ? leftBound : rightBound;
        }

        return best;
    }

    /// <summary>True if every node holds what a rebuild from the model's arrays would (for tests).</summary>
    public bool IsConsistent()
    {
        for (int node = (2 * _leaves) - 1; node >= 1; node--)
        {
            for (int k = 0; k < _k; k++)
            {
                double expected;
                if (node >= _leaves)
                {
                    int member = _memberAt[node - _leaves];
                    expected = member < 0 || _absent[member] ? NotCandidate : _expertise[(member * _k) + k];
                }
                else
                {
                    expected = Math.Max(_max[(2 * node * _k) + k], _max[(((2 * node) + 1) * _k) + k]);
                }

                if (_max[(node * _k) + k] != expected)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private double Bound(ReadOnlySpan<double> weights, int node) => Fit(weights, _max.AsSpan(node * _k, _k));
}
