using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Designs;

public sealed class LatinHypercubeDesignTests
{
    private static Factor[] Factors(int d) =>
        Enumerable.Range(0, d).Select(i => Factor.Range($"f{i}", 0, 1)).ToArray();

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(10, 3, 1)]
    [InlineData(97, 8, 1)]
    [InlineData(40, 5, 20)]
    public void Every_stratum_of_every_factor_is_hit_exactly_once(int n, int d, int candidates)
    {
        DesignMatrix matrix = new LatinHypercubeDesign(n, candidates).Generate(Factors(d), seed: 42);

        Assert.Equal(n, matrix.Count);
        for (int f = 0; f < d; f++)
        {
            var hits = new int[n];
            for (int p = 0; p < n; p++)
            {
                hits[(int)(matrix[p, f] * n)]++;
            }

            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_points_and_another_seed_other_points()
    {
        var design = new LatinHypercubeDesign(20);
        DesignMatrix a = design.Generate(Factors(3), 7);
        DesignMatrix b = design.Generate(Factors(3), 7);
        DesignMatrix c = design.Generate(Factors(3), 8);

        Assert.True(a.Row(5).SequenceEqual(b.Row(5)));
        Assert.False(a.Row(5).SequenceEqual(c.Row(5)));
    }

    [Fact]
    public void Maximin_spreads_points_at_least_as_far_apart_as_a_plain_hypercube()
    {
        Factor[] factors = Factors(2);
        DesignMatrix plain = new LatinHypercubeDesign(12).Generate(factors, 3);
        DesignMatrix maximin = new LatinHypercubeDesign(12, candidates: 200).Generate(factors, 3);

        double plainMin = MinDistance(plain);
        double maximinMin = MinDistance(maximin);
        Assert.True(maximinMin > plainMin, $"maximin {maximinMin} vs plain {plainMin}");
    }

    private static double MinDistance(DesignMatrix m)
    {
        var flat = new double[m.Count * m.Dimensions];
        for (int p = 0; p < m.Count; p++)
        {
            m.Row(p).CopyTo(flat.AsSpan(p * m.Dimensions));
        }

        return LatinHypercubeDesign.MinSquaredDistance(flat, m.Dimensions);
    }
}
