namespace TeamSim.Core.Random;

/// <summary>
/// SplitMix64 mixing (Steele, Lea and Flood 2014), used to turn a tuple of integers
/// (master seed, design point, replication, stream purpose) into well-spread 64-bit seeds.
/// </summary>
public static class SplitMix64
{
    /// <summary>Advances <paramref name="state"/> by the golden-gamma increment and returns the mixed output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of one 64-bit word.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Hashes an ordered tuple of words into one seed; order matters, so (1, 2) differs from (2, 1).</summary>
    public static ulong Hash(ulong a, ulong b, ulong c, ulong d)
    {
        ulong state = Mix(a + 0x9E3779B97F4A7C15UL);
        state = Mix(state ^ Mix(b + 0x632BE59BD9B4E019UL));
        state = Mix(state ^ Mix(c + 0x8CB92BA72F3D8DD7UL));
        state = Mix(state ^ Mix(d + 0xD6E8FEB86659FD93UL));
        return state;
    }
}
