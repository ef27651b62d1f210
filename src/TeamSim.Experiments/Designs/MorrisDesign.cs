namespace TeamSim.Experiments.Designs;

/// <summary>
/// Morris (1991) elementary-effects screening: <see cref="Trajectories"/> random one-at-a-time
/// trajectories of D + 1 points on a p-level grid, each step moving one factor by
/// delta = p / (2(p - 1)); r(D + 1) points in all, trajectory by trajectory.
/// </summary>
/// <remarks>
/// Each trajectory starts from a random base point whose coordinates are levels k/(p-1) with
/// k below p/2, gives every factor a random direction (up from the base level, or down to it)
/// and moves the factors in a random order, so point t+1 differs from point t in exactly one
/// coordinate, by plus or minus delta. With <see cref="Candidates"/> greater than
/// <see cref="Trajectories"/>, that many trajectories are drawn and the most spread-out r are
/// kept (Campolongo, Cariboni and Saltelli 2007), chosen greedily by the sum of pairwise
/// point distances.
/// </remarks>
public sealed class MorrisDesign : IDesign
{
    /// <summary>Creates the design.</summary>
    /// <param name="trajectories">r, the number of trajectories (at least 2 for a standard deviation).</param>
    /// <param name="levels">p, the number of grid levels; even and at least 2 (4 is usual).</param>
    /// <param name="candidates">Candidate trajectories for Campolongo's spread selection (0 = none).</param>
    public MorrisDesign(int trajectories, int levels = 4, int candidates = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        if (levels % 2 != 0)
        {
            throw new ArgumentException($"Morris levels must be even, got {levels}", nameof(levels));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(candidates);
        Trajectories = trajectories;
        Levels = levels;
        Candidates = candidates;
    }

    /// <summary>r, the number of trajectories.</summary>
    public int Trajectories { get; }

    /// <summary>p, the number of grid levels.</summary>
    public int Levels { get; }

    /// <summary>Candidate trajectories for the spread selection; at most r means none.</summary>
    public int Candidates { get; }

    /// <summary>The step delta = p / (2(p - 1)) in unit coordinates.</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <inheritdoc />
    public string Kind => "morris";

    /// <inheritdoc />
    public int PointCount(IReadOnlyList<Factor> factors) => checked(Trajectories * (factors.Count + 1));

    /// <inheritdoc />
    public DesignMatrix Generate(IReadOnlyList<Factor> factors, ulong seed)
    {
        int d = factors.Count;
        ArgumentOutOfRangeException.ThrowIfZero(d);
        var random = DesignRandom.Stream(seed, Kind, 0);
        int drawn = Math.Max(Trajectories, Candidates);
        var trajectories = new double[drawn][];
        for (int t = 0; t < drawn; t++)
        {
            trajectories[t] = Trajectory(d, random);
        }

        int[] chosen = drawn > Trajectories ? SelectSpread(trajectories, d) : Enumerable.Range(0, Trajectories).ToArray();
        int pointsPer = d + 1;
        var unit = new double[Trajectories * pointsPer * d];
        for (int t = 0; t < chosen.Length; t++)
        {
            trajectories[chosen[t]].CopyTo(unit, t * pointsPer * d);
        }

        return new DesignMatrix(d, unit);
    }

    private double[] Trajectory(int d, Core.Random.Xoshiro256StarStar random)
    {
        double delta = Delta;
        int baseLevels = Levels / 2;
        var start = new double[d];
        var up = new bool[d];
        for (int f = 0; f < d; f++)
        {
            double baseValue = random.Next(baseLevels) / (double)(Levels - 1);
            up[f] = random.Next(2) == 0;
            start[f] = up[f] ? baseValue : baseValue + delta;
        }

        var order = new int[d];
        for (int f = 0; f < d; f++)
        {
            order[f] = f;
        }

        DesignRandom.Shuffle(order, random);
        var points = new double[(d + 1) * d];
        start.CopyTo(points, 0);
        for (int step = 0; step < d; step++)
        {
            Array.Copy(points, step * d, points, (step + 1) * d, d);
            int f = order[step];
            ref double x = ref points[((step + 1) * d) + f];
            x = Math.Clamp(up[f] ? x + delta : x - delta, 0.0, 1.0);
        }

        return points;
    }

    private int[] SelectSpread(double[][] trajectories, int d)
    {
        int m = trajectories.Length;
        var distance = new double[m, m];
        for (int a = 0; a < m; a++)
        {
            for (int b = a + 1; b < m; b++)
            {
                distance[a, b] = distance[b, a] = TrajectoryDistance(trajectories[a], trajectories[b], d);
            }
        }

        // Greedy: the farthest pair first, then repeatedly the trajectory farthest from those chosen.
        int firstA = 0, firstB = 1;
        for (int a = 0; a < m; a++)
        {
            for (int b = a + 1; b < m; b++)
            {
                if (distance[a, b] > distance[firstA, firstB])
                {
                    (firstA, firstB) = (a, b);
                }
            }
        }

        var chosen = new List<int> { firstA, firstB };
        var total = new double[m];
        var taken = new bool[m];
        taken[firstA] = taken[firstB] = true;
        for (int c = 0; c < m; c++)
        {
            total[c] = distance[c, firstA] + distance[c, firstB];
        }

        while (chosen.Count < Trajectories)
        {
            int best = -1;
            for (int c = 0; c < m; c++)
            {
                if (!taken[c] && (best < 0 || total[c] > total[best]))
                {
                    best = c;
                }
            }

            chosen.Add(best);
            taken[best] = true;
            for (int c = 0; c < m; c++)
            {
                total[c] += distance[c, best];
            }
        }

        chosen.Sort();
        return chosen.ToArray();
    }

    private static double TrajectoryDistance(double[] a, double[] b, int d)
    {
        double sum = 0;
        for (int p = 0; p <= d; p++)
        {
            for (int q = 0; q <= d; q++)
            {
                double squared = 0;
                for (int f = 0; f < d; f++)
                {
                    double diff = a[(p * d) + f] - b[(q * d) + f];
                    squared += diff * diff;
                }

                sum += Math.Sqrt(squared);
            }
        }

        return sum;
    }
}
