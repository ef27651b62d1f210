namespace TeamSim.Experiments.Calibration;

/// <summary>Quantiles and means of weighted samples (importance-weighted particles).</summary>
public static class WeightedQuantile
{
    /// <summary>
    /// The <paramref name="q"/>-quantile: the smallest value whose cumulative normalised weight
    /// (values in increasing order, ties in input order) reaches <paramref name="q"/>; NaN for no positive weight.
    /// </summary>
    /// <param name="values">The sample.</param>
    /// <param name="weights">Non-negative weights, as many as values.</param>
    /// <param name="q">Probability in [0, 1].</param>
    public static double Of(IReadOnlyList<double> values, IReadOnlyList<double> weights, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Count != weights.Count)
        {
            throw new ArgumentException("values and weights differ in length");
        }

        double total = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        if (!(total > 0))
        {
            return double.NaN;
        }

        int[] order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        double cumulative = 0;
        foreach (int i in order)
        {
            cumulative += weights[i] / total;
            if (cumulative >= q - 1e-12)
            {
                return values[i];
            }
        }

        return values[order[^1]];
    }

    /// <summary>The weighted mean; NaN for no positive weight.</summary>
    public static double Mean(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        double sum = 0, total = 0;
        for (int i = 0; i < values.Count; i++)
        {
            sum += weights[i] * values[i];
            total += weights[i];
        }

        return total > 0 ? sum / total : double.NaN;
    }
}
