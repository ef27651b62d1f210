using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeamSim.Core.Random;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018): a fast, portable 64-bit generator. It derives from
/// <see cref="System.Random"/> so MathNet samplers accept it, but every method is overridden, so
/// the numbers depend only on the seed, on every machine and runtime.
/// </summary>
public sealed class Xoshiro256StarStar : System.Random
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words from one 64-bit seed through SplitMix64.</summary>
    // The one allowed System.Random constructor call in Core (BannedSymbols.txt): a fixed seed, so
    // the base class's unused state never depends on the clock.
#pragma warning disable RS0030
    public Xoshiro256StarStar(ulong seed)
        : base(0)
#pragma warning restore RS0030
    {
        Reseed(seed);
    }

    /// <summary>
    /// Restarts the stream as <c>new Xoshiro256StarStar(seed)</c> would start it, so a worker can
    /// reuse generator objects from run to run (every method is overridden: the base class holds
    /// no state that the numbers depend on).
    /// </summary>
    internal void Reseed(ulong seed)
    {
        ulong sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>The next raw 64-bit output.</summary>
    /// <remarks>Forced inline (with <see cref="NextDouble"/>): precompiled callers did not inline it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <inheritdoc />
    protected override double Sample() => NextDouble();

    /// <summary>True with probability <paramref name="p"/> (p outside [0,1] is clamped by the comparison).</summary>
    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>A uniform integer in [0, <paramref name="maxValue"/>), unbiased (Lemire's method).</summary>
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        if (maxValue <= 1)
        {
            return 0;
        }

        return (int)NextBounded((ulong)maxValue);
    }

    /// <inheritdoc />
    public override int Next() => (int)(NextUInt64() >> 33);

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)NextBounded((ulong)((long)maxValue - minValue));
    }

    /// <inheritdoc />
    public override long NextInt64() => (long)(NextUInt64() >> 1);

    /// <inheritdoc />
    public override long NextInt64(long maxValue) => NextInt64(0, maxValue);

    /// <inheritdoc />
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        ulong range = (ulong)(maxValue - minValue);
        return range == 0 ? minValue : minValue + (long)NextBounded(range);
    }

    /// <inheritdoc />
    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / 16777216.0f);

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    /// <inheritdoc />
    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    /// <summary>A standard normal variate (Box-Muller, one value per call, so the stream position is simple).</summary>
    public double NextGaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A Poisson count with mean <paramref name="mean"/> (Knuth's product method; means here are small).</summary>
    public int NextPoisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            // Normal approximation keeps the cost bounded for large rates.
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * NextGaussian()));
        }

        double limit = Math.Exp(-mean);
        double product = NextDouble();
        int count = 0;
        while (product > limit)
        {
            product *= NextDouble();
            count++;
        }

        return count;
    }

    /// <summary>Lemire's multiply-and-reject: the high word of x * range, unbiased.</summary>
    /// <remarks>
    /// Math.BigMul rather than UInt128: the precompiled (ReadyToRun) build cannot compile UInt128
    /// arithmetic, so the method ran as unoptimised code for the first fraction of a second of every
    /// process, which is most of a short sweep.
    /// </remarks>
    private ulong NextBounded(ulong range)
    {
        ulong high = Math.BigMul(NextUInt64(), range, out ulong low);
        if (low < range)
        {
            ulong threshold = (0 - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return high;
    }

    private static ulong RotateLeft(ulong x, int k) => BitOperations.RotateLeft(x, k);
}
