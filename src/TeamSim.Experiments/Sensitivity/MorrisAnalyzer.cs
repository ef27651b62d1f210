using MathNet.Numerics.Statistics;
using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Sensitivity;

/// <summary>
/// Morris (1991) elementary effects from the responses of a <see cref="MorrisDesign"/>: mu, mu*
/// (Campolongo, Cariboni and Saltelli 2007) and sigma per factor, with a bootstrap interval for mu*.
/// </summary>
/// <remarks>
/// For each step of a trajectory the changed factor i and its signed unit-cube step dx are read
/// from the design rows, and the effect is (f(after) - f(before)) / dx, i.e. the output change per
/// whole range of the factor. Effects with a non-finite response (failed run) are left out.
/// </remarks>
public static class MorrisAnalyzer
{
    /// <summary>Computes the statistics.</summary>
    /// <param name="design">The Morris design points (trajectories of D + 1 points each).</param>
    /// <param name="factors">Factor names in design column order.</param>
    /// <param name="responses">One response per design point, in design order.</param>
    /// <param name="options">Bootstrap settings for the mu* interval.</param>
    /// <exception cref="ArgumentException">Sizes do not match, or a step changes other than exactly one factor.</exception>
    public static IReadOnlyList<MorrisFactorEffects> Analyze(DesignMatrix design, IReadOnlyList<string> factors, ReadOnlySpan<double> responses, SensitivityOptions? options = null)
    {
        options ??= new SensitivityOptions();
        options.Validate();
        int d = design.Dimensions;
        if (factors.Count != d)
        {
            throw new ArgumentException($"{factors.Count} factor names for {d} design columns", nameof(factors));
        }

        if (responses.Length != design.Count || design.Count % (d + 1) != 0)
        {
            throw new ArgumentException($"{responses.Length} responses for {design.Count} Morris points in trajectories of {d + 1}", nameof(responses));
        }

        var effects = new List<double>[d];
        for (int i = 0; i < d; i++)
        {
            effects[i] = [];
        }

        int trajectories = design.Count / (d + 1);
        for (int t = 0; t < trajectories; t++)
        {
            for (int step = 0; step < d; step++)
            {
                int before = (t * (d + 1)) + step;
                int changed = ChangedFactor(design, before, out double dx);
                double dy = responses[before + 1] - responses[before];
                if (double.IsFinite(dy))
                {
                    effects[changed].Add(dy / dx);
                }
            }
        }

        var results = new MorrisFactorEffects[d];
        var random = Bootstrap.Random(options.Seed, 2);
        for (int i = 0; i < d; i++)
        {
            double[] ee = effects[i].ToArray();
            double[] absolute = Array.ConvertAll(ee, Math.Abs);
            double muStar = ee.Length > 0 ? absolute.Mean() : double.NaN;
            var replicates = new double[ee.Length > 1 ? options.Resamples : 0];
            var indices = new int[ee.Length];
            for (int b = 0; b < replicates.Length; b++)
            {
                Bootstrap.Resample(indices, random);
                double sum = 0;
                foreach (int k in indices)
                {
                    sum += absolute[k];
                }

                replicates[b] = sum / indices.Length;
            }

            (double low, double high) = Bootstrap.Interval(replicates, options.ConfidenceLevel);
            results[i] = new MorrisFactorEffects(
                factors[i],
                ee.Length,
                ee.Length > 0 ? ee.Mean() : double.NaN,
                muStar,
                ee.Length > 1 ? ee.StandardDeviation() : double.NaN,
                low,
                high);
        }

        return results;
    }

    private static int ChangedFactor(DesignMatrix design, int before, out double dx)
    {
        int changed = -1;
        dx = 0;
        ReadOnlySpan<double> a = design.Row(before);
        ReadOnlySpan<double> b = design.Row(before + 1);
        for (int f = 0; f < a.Length; f++)
        {
            if (a[f] != b[f])
            {
                if (changed >= 0)
                {
                    throw new ArgumentException($"design points {before} and {before + 1} differ in more than one factor; not a Morris trajectory");
                }

                changed = f;
                dx = b[f] - a[f];
            }
        }

        return changed >= 0
            ? changed
            : throw new ArgumentException($"design points {before} and {before + 1} are equal; not a Morris trajectory");
    }
}
