using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Sensitivity;

/// <summary>
/// Sobol' indices from the responses of a <see cref="SobolDesign"/>: first order by the estimator
/// of Saltelli et al. (2010), total by Jansen (1999), second order by Saltelli (2002), each with
/// percentile bootstrap confidence intervals over the base samples.
/// </summary>
/// <remarks>
/// With f the responses and V the variance of f over all A and B points:
/// S1_i = mean(f(B) (f(AB_i) - f(A))) / V; ST_i = mean((f(A) - f(AB_i))^2) / (2V);
/// S2_ij = mean(f(BA_i) f(AB_j) - f(A) f(B)) / V - S1_i - S1_j.
/// A base sample with any non-finite response (a failed run) is left out. Responses are centred
/// on their pooled mean first: the expectations are unchanged (E f(AB_i) = E f(A)), but the
/// variance of the estimates no longer grows with the square of the output's mean, which matters
/// for outputs such as a safety level near 0.6 that varies by a few hundredths.
/// </remarks>
public static class SobolAnalyzer
{
    /// <summary>Estimates the indices.</summary>
    /// <param name="design">The design that produced the points.</param>
    /// <param name="factors">Factor names in design column order.</param>
    /// <param name="responses">One response per design point, in design order.</param>
    /// <param name="options">Bootstrap settings.</param>
    /// <exception cref="ArgumentException">The number of responses does not match the design.</exception>
    public static SobolResult Analyze(SobolDesign design, IReadOnlyList<string> factors, ReadOnlySpan<double> responses, SensitivityOptions? options = null)
    {
        options ??= new SensitivityOptions();
        options.Validate();
        int d = factors.Count;
        int perSample = design.PointsPerSample(d);
        if (responses.Length != design.BaseSamples * perSample)
        {
            throw new ArgumentException($"{responses.Length} responses for a Sobol design of {design.BaseSamples * perSample} points", nameof(responses));
        }

        // Keep base samples whose responses are all finite; lay them out as columns A, B, AB_i, BA_i.
        var kept = new List<int>();
        for (int j = 0; j < design.BaseSamples; j++)
        {
            bool finite = true;
            for (int k = 0; k < perSample; k++)
            {
                finite &= double.IsFinite(responses[(j * perSample) + k]);
            }

            if (finite)
            {
                kept.Add(j);
            }
        }

        int n = kept.Count;
        var samples = new Samples(n, d, design.SecondOrder);
        for (int s = 0; s < n; s++)
        {
            int first = kept[s] * perSample;
            samples.A[s] = responses[first];
            samples.B[s] = responses[first + perSample - 1];
            for (int i = 0; i < d; i++)
            {
                samples.AB[i][s] = responses[first + 1 + i];
                if (design.SecondOrder)
                {
                    samples.BA[i][s] = responses[first + 1 + d + i];
                }
            }
        }

        var all = new int[n];
        for (int s = 0; s < n; s++)
        {
            all[s] = s;
        }

        Estimates point = samples.Estimate(all);
        int resamples = n >= 2 ? options.Resamples : 0;
        var first1 = new double[d][];
        var total = new double[d][];
        var second = new double[d, d][];
        for (int i = 0; i < d; i++)
        {
            first1[i] = new double[resamples];
            total[i] = new double[resamples];
            for (int k = i + 1; k < d && design.SecondOrder; k++)
            {
                second[i, k] = new double[resamples];
            }
        }

        var random = Bootstrap.Random(options.Seed, 1);
        var indices = new int[n];
        for (int b = 0; b < resamples; b++)
        {
            Bootstrap.Resample(indices, random);
            Estimates e = samples.Estimate(indices);
            for (int i = 0; i < d; i++)
            {
                first1[i][b] = e.First[i];
                total[i][b] = e.Total[i];
                for (int k = i + 1; k < d && design.SecondOrder; k++)
                {
                    second[i, k][b] = e.Second[i, k];
                }
            }
        }

        var factorIndices = new SobolFactorIndices[d];
        for (int i = 0; i < d; i++)
        {
            (double fl, double fh) = Bootstrap.Interval(first1[i], options.ConfidenceLevel);
            (double tl, double th) = Bootstrap.Interval(total[i], options.ConfidenceLevel);
            factorIndices[i] = new SobolFactorIndices(factors[i], point.First[i], fl, fh, point.Total[i], tl, th);
        }

        var pairs = new List<SobolPairIndex>();
        if (design.SecondOrder)
        {
            for (int i = 0; i < d; i++)
            {
                for (int k = i + 1; k < d; k++)
                {
                    (double low, double high) = Bootstrap.Interval(second[i, k], options.ConfidenceLevel);
                    pairs.Add(new SobolPairIndex(factors[i], factors[k], point.Second[i, k], low, high));
                }
            }
        }

        return new SobolResult(factorIndices, pairs, n, point.Variance);
    }

    private sealed class Estimates(int d)
    {
        public double Variance { get; set; }

        public double[] First { get; } = new double[d];

        public double[] Total { get; } = new double[d];

        public double[,] Second { get; } = new double[d, d];
    }

    private sealed class Samples
    {
        private readonly int _d;
        private readonly bool _secondOrder;

        public Samples(int n, int d, bool secondOrder)
        {
            _d = d;
            _secondOrder = secondOrder;
            A = new double[n];
            B = new double[n];
            AB = new double[d][];
            BA = new double[d][];
            for (int i = 0; i < d; i++)
            {
                AB[i] = new double[n];
                BA[i] = secondOrder ? new double[n] : [];
            }
        }

        public double[] A { get; }

        public double[] B { get; }

        public double[][] AB { get; }

        public double[][] BA { get; }

        public Estimates Estimate(int[] idx)
        {
            var e = new Estimates(_d);
            int n = idx.Length;
            if (n == 0)
            {
                Fill(e, double.NaN);
                return e;
            }

            // Population variance of the pooled A and B responses (two-pass for accuracy).
            double mean = 0;
            foreach (int s in idx)
            {
                mean += A[s] + B[s];
            }

            mean /= 2.0 * n;
            double variance = 0;
            foreach (int s in idx)
            {
                variance += ((A[s] - mean) * (A[s] - mean)) + ((B[s] - mean) * (B[s] - mean));
            }

            variance /= 2.0 * n;
            e.Variance = variance;
            if (!(variance > 0))
            {
                Fill(e, double.NaN);
                return e;
            }

            for (int i = 0; i < _d; i++)
            {
                double firstSum = 0, totalSum = 0;
                double[] ab = AB[i];
                foreach (int s in idx)
                {
                    firstSum += (B[s] - mean) * (ab[s] - A[s]);
                    totalSum += (A[s] - ab[s]) * (A[s] - ab[s]);
                }

                e.First[i] = firstSum / n / variance;
                e.Total[i] = totalSum / n / (2 * variance);
            }

            if (_secondOrder)
            {
                for (int i = 0; i < _d; i++)
                {
                    for (int k = i + 1; k < _d; k++)
                    {
                        double sum = 0;
                        double[] ba = BA[i], ab = AB[k];
                        foreach (int s in idx)
                        {
                            sum += ((ba[s] - mean) * (ab[s] - mean)) - ((A[s] - mean) * (B[s] - mean));
                        }

                        e.Second[i, k] = (sum / n / variance) - e.First[i] - e.First[k];
                    }
                }
            }

            return e;
        }

        private void Fill(Estimates e, double value)
        {
            Array.Fill(e.First, value);
            Array.Fill(e.Total, value);
            for (int i = 0; i < _d; i++)
            {
                for (int k = 0; k < _d; k++)
                {
                    e.Second[i, k] = value;
                }
            }
        }
    }
}
