using TeamSim.Core.Random;

namespace TeamSim.Experiments.Designs;

/// <summary>Seeded generators for the random parts of designs, one stream per design and purpose.</summary>
internal static class DesignRandom
{
    /// <summary>A generator for one purpose (e.g. LHS candidate k) of a design seeded by <paramref name="seed"/>.</summary>
    public static Xoshiro256StarStar Stream(ulong seed, string design, long purpose)
    {
        ulong tag = 0;
        foreach (char c in design)
        {
            tag = (tag * 131) + c;
        }

        return new Xoshiro256StarStar(SplitMix64.Hash(seed, 0x5EE9_D351_6E00_0000UL, tag, (ulong)purpose));
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public static void Shuffle(Span<int> items, Xoshiro256StarStar random)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
