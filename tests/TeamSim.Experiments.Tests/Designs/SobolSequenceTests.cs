using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests.Designs;

public sealed class SobolSequenceTests
{
    [Fact]
    public void The_first_points_match_the_published_unscrambled_sequence()
    {
        // Gray-code order as in Joe and Kuo's sobol.cc (and SciPy's unscrambled qmc.Sobol).
        double[,] expected =
        {
            { 0, 0 }, { 0.5, 0.5 }, { 0.75, 0.25 }, { 0.25, 0.75 },
            { 0.375, 0.375 }, { 0.875, 0.875 }, { 0.625, 0.125 }, { 0.125, 0.625 },
        };
        var points = new double[16];
        new SobolSequence(2).Fill(8, points);

        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(expected[i, 0], points[2 * i], 9);
            Assert.Equal(expected[i, 1], points[(2 * i) + 1], 9);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_first_power_of_two_points_put_one_point_in_each_interval_of_every_dimension(bool shifted)
    {
        const int d = SobolSequence.MaxDimensions;
        const int n = 1024;
        uint[]? shift = shifted ? Enumerable.Range(0, d).Select(i => (uint)(i * 2654435761u)).ToArray() : null;
        var points = new double[n * d];
        new SobolSequence(d, shift).Fill(n, points);

        for (int j = 0; j < d; j++)
        {
            var hits = new int[n];
            for (int i = 0; i < n; i++)
            {
                hits[(int)(points[(i * d) + j] * n)]++;
            }

            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }

    [Fact]
    public void The_first_two_dimensions_form_a_zero_quality_net()
    {
        // Sobol' dimensions 1 and 2 are a (0, m, 2)-net in base 2: every dyadic box of volume 1/2^m
        // holds exactly one of the first 2^m points. Wrong direction numbers break this.
        const int m = 8;
        const int n = 1 << m;
        var points = new double[n * 2];
        new SobolSequence(2).Fill(n, points);
        for (int a = 0; a <= m; a++)
        {
            int cols = 1 << a, rows = 1 << (m - a);
            var hits = new int[cols * rows];
            for (int i = 0; i < n; i++)
            {
                hits[((int)(points[2 * i] * cols) * rows) + (int)(points[(2 * i) + 1] * rows)]++;
            }

            Assert.All(hits, h => Assert.Equal(1, h));
        }
    }
}
