namespace TeamSim.Analysis.Statistics;

/// <summary>
/// Picks the replication to show as "a typical team". With two policies it is the replication whose
/// paired difference in a per-run metric (B - A) is nearest the median paired difference; both
/// policies are then shown on that replication, so they face the same team and the same incidents
/// (common random numbers). With one policy it is the median replication.
/// </summary>
public static class RepresentativeReplication
{
    /// <summary>
    /// The replication whose B - A is nearest the median of all B - A (the mean of the two middle
    /// values for an even count); ties go to the lowest index. Replications where either value is
    /// not finite are skipped.
    /// </summary>
    /// <param name="a">Policy A's value per replication.</param>
    /// <param name="b">Policy B's value per replication, same order.</param>
    /// <returns>The replication index, or -1 when no replication has both values.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static int Choose(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"paired samples differ in length: {a.Count} and {b.Count}", nameof(b));
        }

        var differences = new List<(int Replication, double Difference)>(a.Count);
        for (int r = 0; r < a.Count; r++)
        {
            double d = b[r] - a[r];
            if (double.IsFinite(d))
            {
                differences.Add((r, d));
            }
        }

        if (differences.Count == 0)
        {
            return -1;
        }

        double median = MedianOf(differences.Select(x => x.Difference).ToArray());
        int best = -1;
        double bestDistance = double.PositiveInfinity;
        foreach ((int replication, double difference) in differences)
        {
            // Strictly nearer only: the scan runs in index order, so a tie keeps the lower index.
            double distance = Math.Abs(difference - median);
            if (distance < bestDistance)
            {
                best = replication;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The replication whose value is the median (the lower middle for an even count; ties: the lower replication), or -1 if no value is finite.</summary>
    /// <param name="values">One value per replication.</param>
    public static int Median(IReadOnlyList<double> values)
    {
        int[] order = Enumerable.Range(0, values.Count).Where(r => double.IsFinite(values[r])).OrderBy(r => values[r]).ThenBy(r => r).ToArray();
        return order.Length == 0 ? -1 : order[(order.Length - 1) / 2];
    }

    /// <summary>The median of finite values (mean of the two middle ones for an even count).</summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static double MedianOf(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("the median of no values is undefined", nameof(values));
        }

        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
