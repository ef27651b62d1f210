namespace TeamSim.Experiments.Designs;

/// <summary>
/// Latin hypercube of <see cref="Points"/> points: along every factor, each of the n equal strata
/// of [0, 1] holds exactly one point, placed uniformly within its stratum (McKay, Beckman and
/// Conover 1979).
/// </summary>
/// <remarks>
/// With <see cref="Candidates"/> above 1 the design is "maximin": that many independent
/// hypercubes are drawn and the one whose closest pair of points is farthest apart is kept
/// (Johnson, Moore and Ylvisaker 1990), which spreads small designs more evenly. Candidate 0 is
/// the plain hypercube of the same seed, so maximin is never worse than plain.
/// </remarks>
public sealed class LatinHypercubeDesign : IDesign
{
    /// <summary>Creates the design.</summary>
    /// <param name="points">Number of points n (at least 1).</param>
    /// <param name="candidates">Hypercubes to draw and pick the maximin one from (1 = plain).</param>
    public LatinHypercubeDesign(int points, int candidates = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(candidates);
        Points = points;
        Candidates = candidates;
    }

    /// <summary>Number of points n.</summary>
    public int Points { get; }

    /// <summary>Candidate hypercubes for the maximin choice (1 = plain).</summary>
    public int Candidates { get; }

    /// <inheritdoc />
    public string Kind => "lhs";

    /// <inheritdoc />
    public int PointCount(IReadOnlyList<Factor> factors) => Points;

    /// <inheritdoc />
    public DesignMatrix Generate(IReadOnlyList<Factor> factors, ulong seed)
    {
        int d = factors.Count;
        ArgumentOutOfRangeException.ThrowIfZero(d);
        double[] best = Candidate(d, seed, 0);
        double bestDistance = Candidates > 1 ? MinSquaredDistance(best, d) : 0;
        for (int k = 1; k < Candidates; k++)
        {
            double[] candidate = Candidate(d, seed, k);
            double distance = MinSquaredDistance(candidate, d);
            if (distance > bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return new DesignMatrix(d, best);
    }

    /// <summary>The smallest squared Euclidean distance between two rows (infinity for one row).</summary>
    internal static double MinSquaredDistance(ReadOnlySpan<double> unit, int d)
    {
        int n = unit.Length / d;
        double min = double.PositiveInfinity;
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                double sum = 0;
                for (int f = 0; f < d; f++)
                {
                    double diff = unit[(a * d) + f] - unit[(b * d) + f];
                    sum += diff * diff;
                }

                min = Math.Min(min, sum);
            }
        }

        return min;
    }

    private double[] Candidate(int d, ulong seed, int candidate)
    {
        var random = DesignRandom.Stream(seed, Kind, candidate);
        int n = Points;
        var unit = new double[n * d];
        var strata = new int[n];
        for (int f = 0; f < d; f++)
        {
            for (int i = 0; i < n; i++)
            {
                strata[i] = i;
            }

            DesignRandom.Shuffle(strata, random);
            for (int i = 0; i < n; i++)
            {
                unit[(i * d) + f] = (strata[i] + random.NextDouble()) / n;
            }
        }

        return unit;
    }
}
