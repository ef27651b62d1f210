namespace TeamSim.Experiments.Designs;

/// <summary>
/// The Sobol' low-discrepancy sequence (Sobol' 1967) in up to <see cref="MaxDimensions"/>
/// dimensions with the direction numbers of Joe and Kuo (2008, <c>new-joe-kuo-6.21201</c>),
/// generated in Gray-code order (Antonov and Saleev 1979) with 32-bit precision.
/// </summary>
/// <remarks>
/// The first 2^m points of every dimension put exactly one point in each interval
/// [k/2^m, (k+1)/2^m). An optional digital shift (XOR of each coordinate with a fixed random
/// word) randomises the sequence and keeps that property.
/// </remarks>
public sealed class SobolSequence
{
    /// <summary>Largest supported dimension.</summary>
    public const int MaxDimensions = 48;

    private const int Bits = 32;

    // Joe-Kuo rows for dimensions 2..48: degree s, polynomial coefficients a, initial numbers m_1..m_s.
    private static readonly int[][] JoeKuo =
    [
        [1, 0, 1], [2, 1, 1, 3], [3, 1, 1, 3, 1], [3, 2, 1, 1, 1], [4, 1, 1, 1, 3, 3], [4, 4, 1, 3, 5, 13],
        [5, 2, 1, 1, 5, 5, 17], [5, 4, 1, 1, 5, 5, 5], [5, 7, 1, 1, 7, 11, 19], [5, 11, 1, 1, 5, 1, 1],
        [5, 13, 1, 1, 1, 3, 11], [5, 14, 1, 3, 5, 5, 31], [6, 1, 1, 3, 3, 9, 7, 49], [6, 13, 1, 1, 1, 15, 21, 21],
        [6, 16, 1, 3, 1, 13, 27, 49], [6, 19, 1, 1, 1, 15, 7, 5], [6, 22, 1, 3, 1, 15, 13, 25], [6, 25, 1, 1, 5, 5, 19, 61],
        [7, 1, 1, 3, 7, 11, 23, 15, 103], [7, 4, 1, 3, 7, 13, 13, 15, 69], [7, 7, 1, 1, 3, 13, 7, 35, 63],
        [7, 8, 1, 3, 5, 9, 1, 25, 53], [7, 14, 1, 3, 1, 13, 9, 35, 107], [7, 19, 1, 3, 1, 5, 27, 61, 31],
        [7, 21, 1, 1, 5, 11, 19, 41, 61], [7, 28, 1, 3, 5, 3, 3, 13, 69], [7, 31, 1, 1, 7, 13, 1, 19, 1],
        [7, 32, 1, 3, 7, 5, 13, 19, 59], [7, 37, 1, 1, 3, 9, 25, 29, 41], [7, 41, 1, 3, 5, 13, 23, 1, 55],
        [7, 42, 1, 3, 7, 3, 13, 59, 17], [7, 50, 1, 3, 1, 3, 5, 53, 69], [7, 55, 1, 1, 5, 5, 23, 33, 13],
        [7, 56, 1, 1, 7, 7, 1, 61, 123], [7, 59, 1, 1, 7, 9, 13, 61, 49], [7, 62, 1, 3, 3, 5, 3, 55, 33],
        [8, 14, 1, 3, 1, 15, 31, 13, 49, 245], [8, 21, 1, 3, 5, 15, 31, 59, 63, 97], [8, 22, 1, 3, 1, 11, 11, 11, 77, 249],
        [8, 38, 1, 3, 1, 11, 27, 43, 71, 9], [8, 47, 1, 1, 7, 15, 21, 11, 81, 45], [8, 49, 1, 3, 7, 3, 25, 31, 65, 79],
        [8, 50, 1, 3, 1, 1, 19, 11, 3, 205], [8, 52, 1, 1, 5, 9, 19, 21, 29, 157], [8, 56, 1, 3, 7, 11, 1, 33, 89, 185],
        [8, 67, 1, 3, 3, 3, 15, 9, 79, 71], [8, 70, 1, 3, 7, 11, 15, 39, 119, 27],
    ];

    private readonly uint[][] _directions;
    private readonly uint[] _shift;

    /// <summary>Prepares the sequence.</summary>
    /// <param name="dimensions">1 to <see cref="MaxDimensions"/>.</param>
    /// <param name="shift">Digital shift per dimension (XORed into every point), or null for none.</param>
    public SobolSequence(int dimensions, IReadOnlyList<uint>? shift = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        if (shift is not null && shift.Count != dimensions)
        {
            throw new ArgumentException($"{shift.Count} shift words for {dimensions} dimensions", nameof(shift));
        }

        Dimensions = dimensions;
        _shift = shift?.ToArray() ?? new uint[dimensions];
        _directions = new uint[dimensions][];
        for (int j = 0; j < dimensions; j++)
        {
            _directions[j] = Directions(j);
        }
    }

    /// <summary>Number of dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>The largest number of points before the 32-bit sequence repeats.</summary>
    public static long MaxPoints => 1L << Bits;

    /// <summary>Writes points 0..count-1 row-major into <paramref name="destination"/> (count x dimensions values in (0, 1)).</summary>
    /// <remarks>Each coordinate is the midpoint of its 2^-32 cell, so no value is exactly 0 or 1.</remarks>
    public void Fill(long count, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPoints);
        if (destination.Length < count * Dimensions)
        {
            throw new ArgumentException("destination too small", nameof(destination));
        }

        var x = new uint[Dimensions];
        for (long i = 0; i < count; i++)
        {
            if (i > 0)
            {
                // Gray code: point i differs from point i-1 by the direction of the lowest zero bit of i-1.
                int c = System.Numerics.BitOperations.TrailingZeroCount(~(ulong)(i - 1));
                for (int j = 0; j < Dimensions; j++)
                {
                    x[j] ^= _directions[j][c];
                }
            }

            for (int j = 0; j < Dimensions; j++)
            {
                destination[(int)((i * Dimensions) + j)] = ((x[j] ^ _shift[j]) + 0.5) / 4294967296.0;
            }
        }
    }

    private static uint[] Directions(int dimension)
    {
        var v = new uint[Bits];
        if (dimension == 0)
        {
            for (int i = 0; i < Bits; i++)
            {
                v[i] = 1u << (Bits - 1 - i);
            }

            return v;
        }

        int[] row = JoeKuo[dimension - 1];
        int s = row[0];
        int a = row[1];
        for (int i = 0; i < Math.Min(s, Bits); i++)
        {
            v[i] = (uint)row[2 + i] << (Bits - 1 - i);
        }

        for (int i = s; i < Bits; i++)
        {
            v[i] = v[i - s] ^ (v[i - s] >> s);
            for (int k = 1; k < s; k++)
            {
                v[i] ^= (uint)((a >> (s - 1 - k)) & 1) * v[i - k];
            }
        }

        return v;
    }
}
