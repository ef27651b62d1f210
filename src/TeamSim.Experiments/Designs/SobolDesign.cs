namespace TeamSim.Experiments.Designs;

/// <summary>
/// Saltelli's sampling scheme for Sobol' sensitivity indices (Saltelli 2002; Saltelli et al.
/// 2010) on a digitally shifted Sobol' sequence: N base samples give N(D+2) points for first-order
/// and total indices, or N(2D+2) when second-order indices are wanted.
/// </summary>
/// <remarks>
/// Two independent matrices A and B (N x D) are the first and second halves of the columns of a
/// 2D-dimensional Sobol' sequence. For base sample j the points are, in this order: A_j, then
/// A_j with column i taken from B_j (AB_i) for i = 1..D, then (second order only) B_j with column
/// i taken from A_j (BA_i), then B_j. <see cref="Sensitivity.SobolAnalyzer"/> reads responses in
/// this order. Choose N a power of two: then every column of A and of B is exactly balanced
/// (one point per 1/N interval).
/// </remarks>
public sealed class SobolDesign : IDesign
{
    /// <summary>Largest number of factors (the sequence needs 2D dimensions).</summary>
    public const int MaxFactors = SobolSequence.MaxDimensions / 2;

    /// <summary>Creates the design.</summary>
    /// <param name="baseSamples">N, the number of base samples (a power of two is best).</param>
    /// <param name="secondOrder">True to add the BA_i points needed for second-order indices.</param>
    public SobolDesign(int baseSamples, bool secondOrder = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        BaseSamples = baseSamples;
        SecondOrder = secondOrder;
    }

    /// <summary>N, the number of base samples.</summary>
    public int BaseSamples { get; }

    /// <summary>True when the design supports second-order indices.</summary>
    public bool SecondOrder { get; }

    /// <inheritdoc />
    public string Kind => "sobol";

    /// <summary>Points per base sample: D + 2, or 2D + 2 with second order.</summary>
    public int PointsPerSample(int dimensions) => SecondOrder ? (2 * dimensions) + 2 : dimensions + 2;

    /// <inheritdoc />
    public int PointCount(IReadOnlyList<Factor> factors) => checked(BaseSamples * PointsPerSample(factors.Count));

    /// <inheritdoc />
    public DesignMatrix Generate(IReadOnlyList<Factor> factors, ulong seed)
    {
        int d = factors.Count;
        ArgumentOutOfRangeException.ThrowIfZero(d);
        if (d > MaxFactors)
        {
            throw new ArgumentException($"a Sobol design supports at most {MaxFactors} factors, got {d}", nameof(factors));
        }

        var random = DesignRandom.Stream(seed, Kind, 0);
        var shift = new uint[2 * d];
        for (int j = 0; j < shift.Length; j++)
        {
            shift[j] = (uint)(random.NextUInt64() >> 32);
        }

        var sequence = new SobolSequence(2 * d, shift);
        var baseRows = new double[BaseSamples * 2 * d];
        sequence.Fill(BaseSamples, baseRows);

        int perSample = PointsPerSample(d);
        var unit = new double[PointCount(factors) * d];
        for (int j = 0; j < BaseSamples; j++)
        {
            ReadOnlySpan<double> a = baseRows.AsSpan(j * 2 * d, d);
            ReadOnlySpan<double> b = baseRows.AsSpan((j * 2 * d) + d, d);
            int first = j * perSample;
            a.CopyTo(Row(unit, d, first));
            for (int i = 0; i < d; i++)
            {
                Span<double> ab = Row(unit, d, first + 1 + i);
                a.CopyTo(ab);
                ab[i] = b[i];
            }

            if (SecondOrder)
            {
                for (int i = 0; i < d; i++)
                {
                    Span<double> ba = Row(unit, d, first + 1 + d + i);
                    b.CopyTo(ba);
                    ba[i] = a[i];
                }
            }

            b.CopyTo(Row(unit, d, first + perSample - 1));
        }

        return new DesignMatrix(d, unit);
    }

    private static Span<double> Row(double[] unit, int d, int point) => unit.AsSpan(point * d, d);
}
