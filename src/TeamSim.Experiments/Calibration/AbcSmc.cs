using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo with adaptive tolerances: the adaptive
/// population Monte Carlo ABC (APMC) of Lenormand, Jabot and Deffuant (2013).
/// </summary>
/// <remarks>
/// <para>
/// Generation 1 draws ceil(N / alpha) particles from the prior (uniform in each factor's unit
/// coordinate, so uniform on [min, max], log-uniform with <c>scale: log</c>), simulates each
/// <see cref="CalibrationDefinition.Replications"/> times and keeps the N = particles closest
/// (distance sqrt(sum(((mean - value) / sd)^2)) over the targets); the tolerance is the largest kept
/// distance. Every later generation draws ceil(N / alpha) - N new particles: an ancestor from the kept
/// ones by weight, moved by a Gaussian kernel with twice the weighted covariance of the kept
/// particles (Beaumont et al. 2009), redrawn until it lies inside the prior's support; its weight is
/// prior / sum_j w_j K(theta | theta_j) (normalised w_j). Old and new particles are pooled and the
/// N closest kept again (the alpha-quantile of the distances becomes the new tolerance). It stops
/// when the share of new particles closer than the previous tolerance falls to
/// <see cref="CalibrationMethod.MinAcceptance"/>, or after <see cref="CalibrationMethod.Generations"/>.
/// </para>
/// <para>
/// Determinism: particle i of generation g draws from a stream seeded by
/// SplitMix64(seed, proposals, g, i), and its replication r runs with
/// <c>RunSeeds(SplitMix64(seed, runs, g, 0), i, r)</c>; everything else is sequential in a fixed
/// order. So the result is the same for any thread count, and a generation computed after a resume
/// is the one an uninterrupted run computes.
/// </para>
/// <para>
/// References: M. Lenormand, F. Jabot and G. Deffuant (2013), Adaptive approximate Bayesian
/// computation for complex models, Computational Statistics 28(6):2777-2796,
/// doi:10.1007/s00180-013-0428-3. M. A. Beaumont, J.-M. Cornuet, J.-M. Marin and C. P. Robert (2009),
/// Adaptive approximate Bayesian computation, Biometrika 96(4):983-990, doi:10.1093/biomet/asp052.
/// </para>
/// </remarks>
public static class AbcSmc
{
    /// <summary>Stream purpose of the proposals (prior draws, ancestors, perturbations).</summary>
    internal const ulong ProposalStream = 0xCA1B_0001;

    /// <summary>Stream purpose of the particles' model runs.</summary>
    internal const ulong RunStream = 0xCA1B_0002;

    /// <summary>Stream purpose of the check's model runs.</summary>
    internal const ulong CheckStream = 0xCA1B_0003;

    /// <summary>Most redraws of a perturbed particle outside the prior's support before it is clamped to it.</summary>
    private const int MaxRedraws = 10_000;

    /// <summary>Runs the generations the store does not hold yet, saving each as it finishes.</summary>
    /// <param name="definition">The calibration.</param>
    /// <param name="store">Holds finished generations; receives new ones.</param>
    /// <param name="threads">Worker threads for the model runs, 0 or less for one per processor (results do not depend on it).</param>
    /// <param name="progress">Receives the model runs done so far (from worker threads).</param>
    /// <param name="cancellationToken">Stops between runs; finished generations stay in the store.</param>
    /// <exception cref="Running.RunFailedException">A model run threw.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static CalibrationOutcome Run(CalibrationDefinition definition, ICalibrationStore store, int threads, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(store);
        var generations = store.Completed().ToList();
        long done = generations.Sum(g => g.Runs);
        long executed = 0;
        progress?.Report(done);
        void Done(long runs) => progress?.Report(Interlocked.Add(ref done, runs));

        while (StopReason(definition.Method, generations) is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CalibrationGeneration next = generations.Count == 0
                ? First(definition, threads, Done, cancellationToken)
                : Next(definition, generations[^1], threads, Done, cancellationToken);
            store.Save(next);
            generations.Add(next);
            executed += next.Runs;
        }

        return new CalibrationOutcome(generations, StopReason(definition.Method, generations)!, executed);
    }

    /// <summary>Why a calibration with these generations is finished (<c>min_acceptance</c> or <c>generations</c>), or null when it goes on.</summary>
    public static string? StopReason(CalibrationMethod method, IReadOnlyList<CalibrationGeneration> generations)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(generations);
        if (generations.Count == 0)
        {
            return null;
        }

        if (generations[^1].AcceptanceRate is double rate && rate <= method.MinAcceptance)
        {
            return "min_acceptance";
        }

        return generations.Count >= method.Generations ? "generations" : null;
    }

    /// <summary>The stream of particle <paramref name="particle"/> of generation <paramref name="generation"/>.</summary>
    internal static Xoshiro256StarStar Proposals(ulong seed, int generation, int particle) =>
        new(SplitMix64.Hash(seed, ProposalStream, (ulong)generation, (ulong)particle));

    /// <summary>The master seed of generation <paramref name="generation"/>'s runs (<c>RunSeeds(master, particle, replication)</c>).</summary>
    internal static ulong RunMaster(ulong seed, int generation) => SplitMix64.Hash(seed, RunStream, (ulong)generation, 0);

    private static CalibrationGeneration First(CalibrationDefinition d, int threads, Action<long> done, CancellationToken token)
    {
        int n = d.Method.Simulated;
        var points = new double[n][];
        for (int i = 0; i < n; i++)
        {
            Xoshiro256StarStar random = Proposals(d.Seed, 1, i);
            points[i] = new double[d.Factors.Count];
            for (int f = 0; f < points[i].Length; f++)
            {
                points[i][f] = ContinuousUniform.Sample(random, 0, 1);
            }
        }

        CalibrationParticle[] simulated = Simulate(d, 1, points, new double[n].Select(_ => 1.0).ToArray(), threads, done, token);
        return Keep(d, 1, simulated, null, n);
    }

    private static CalibrationGeneration Next(CalibrationDefinition d, CalibrationGeneration previous, int threads, Action<long> done, CancellationToken token)
    {
        int generation = previous.Number + 1;
        IReadOnlyList<CalibrationParticle> kept = previous.Particles;
        int dims = d.Factors.Count;
        double[] w = Normalised(kept.Select(p => p.Weight).ToArray());
        double[,] lower = KernelFactor(kept, w, dims);
        double[] cumulative = new double[w.Length];
        double sum = 0;
        for (int j = 0; j < w.Length; j++)
        {
            sum += w[j];
            cumulative[j] = sum;
        }

        int m = d.Method.NewPerGeneration;
        var points = new double[m][];
        for (int i = 0; i < m; i++)
        {
            points[i] = Propose(Proposals(d.Seed, generation, i), kept, cumulative, lower, dims);
        }

        // Importance weights: the prior's density is 1 on the unit cube.
        var weights = new double[m];
        for (int i = 0; i < m; i++)
        {
            double mixture = 0;
            for (int j = 0; j < kept.Count; j++)
            {
                mixture += w[j] * KernelDensity(points[i], kept[j].Unit, lower, dims);
            }

            weights[i] = 1.0 / Math.Max(mixture, double.Epsilon);
        }

        CalibrationParticle[] fresh = Simulate(d, generation, points, weights, threads, done, token);
        int accepted = 0;
        foreach (CalibrationParticle p in fresh)
        {
            accepted += p.Distance < previous.Tolerance ? 1 : 0;
        }

        return Keep(d, generation, [.. kept, .. fresh], accepted / (double)m, m);
    }

    private static CalibrationParticle[] Simulate(CalibrationDefinition d, int generation, double[][] points, double[] weights, int threads, Action<long> done, CancellationToken token)
    {
        double[][] runs = ParticleSimulator.Run(d, points, d.Replications, RunMaster(d.Seed, generation), threads, done, token);
        var particles = new CalibrationParticle[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            double[] means = ParticleSimulator.Means(runs[i], d.Targets.Count);
            particles[i] = new CalibrationParticle(points[i], d.Values(points[i]), weights[i], Distance(d.Targets, means), means);
        }

        return particles;
    }

    /// <summary>sqrt(sum(((mean - value) / sd)^2)); +infinity when a mean is undefined.</summary>
    public static double Distance(IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<double> means)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(means);
        double sum = 0;
        for (int k = 0; k < targets.Count; k++)
        {
            double z = (means[k] - targets[k].Value) / targets[k].Sd;
            if (!double.IsFinite(z))
            {
                return double.PositiveInfinity;
            }

            sum += z * z;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Keeps the particles closest to the targets (ties in pool order); the tolerance is the largest kept distance.</summary>
    private static CalibrationGeneration Keep(CalibrationDefinition d, int generation, CalibrationParticle[] pool, double? acceptance, int simulated)
    {
        CalibrationParticle[] kept = Enumerable.Range(0, pool.Length)
            .OrderBy(i => pool[i].Distance)
            .ThenBy(i => i)
            .Take(d.Method.Particles)
            .Select(i => pool[i])
            .ToArray();
        return new CalibrationGeneration(generation, kept[^1].Distance, acceptance, simulated, (long)simulated * d.Replications, kept);
    }

    private static double[] Propose(Xoshiro256StarStar random, IReadOnlyList<CalibrationParticle> kept, double[] cumulative, double[,] lower, int dims)
    {
        var z = new double[dims];
        var x = new double[dims];
        for (int attempt = 0; ; attempt++)
        {
            double u = ContinuousUniform.Sample(random, 0, cumulative[^1]);
            int ancestor = Array.BinarySearch(cumulative, u);
            ancestor = ancestor >= 0 ? ancestor : Math.Min(~ancestor, cumulative.Length - 1);
            for (int k = 0; k < dims; k++)
            {
                z[k] = Normal.Sample(random, 0, 1);
            }

            bool inside = true;
            for (int r = 0; r < dims; r++)
            {
                double step = 0;
                for (int c = 0; c <= r; c++)
                {
                    step += lower[r, c] * z[c];
                }

                x[r] = kept[ancestor].Unit[r] + step;
                inside &= x[r] >= 0 && x[r] <= 1;
            }

            if (inside)
            {
                return x;
            }

            if (attempt >= MaxRedraws)
            {
                // Practically unreachable (a kernel wider than the cube many times over); stay in the support.
                for (int r = 0; r < dims; r++)
                {
                    x[r] = Math.Clamp(x[r], 0, 1);
                }

                return x;
            }
        }
    }

    /// <summary>The lower Cholesky factor of twice the weighted covariance of the kept particles (diagonal when that is singular).</summary>
    private static double[,] KernelFactor(IReadOnlyList<CalibrationParticle> kept, double[] w, int dims)
    {
        var mean = new double[dims];
        for (int j = 0; j < kept.Count; j++)
        {
            for (int a = 0; a < dims; a++)
            {
                mean[a] += w[j] * kept[j].Unit[a];
            }
        }

        Matrix<double> covariance = Matrix<double>.Build.Dense(dims, dims);
        for (int j = 0; j < kept.Count; j++)
        {
            for (int a = 0; a < dims; a++)
            {
                for (int b = 0; b < dims; b++)
                {
                    covariance[a, b] += 2 * w[j] * (kept[j].Unit[a] - mean[a]) * (kept[j].Unit[b] - mean[b]);
                }
            }
        }

        for (int a = 0; a < dims; a++)
        {
            // A floor keeps the kernel proper when every kept particle sits at one point.
            covariance[a, a] += 1e-12;
        }

        Matrix<double> factor;
        try
        {
            factor = covariance.Cholesky().Factor;
        }
        catch (ArgumentException)
        {
            factor = Matrix<double>.Build.Dense(dims, dims);
            for (int a = 0; a < dims; a++)
            {
                factor[a, a] = Math.Sqrt(Math.Max(covariance[a, a], 1e-12));
            }
        }

        return factor.ToArray();
    }

    /// <summary>The density of N(0, L L') at <paramref name="x"/> - <paramref name="centre"/>.</summary>
    private static double KernelDensity(double[] x, IReadOnlyList<double> centre, double[,] lower, int dims)
    {
        // Solve L y = x - centre by forward substitution; the density is exp(-|y|^2 / 2) / ((2 pi)^(d/2) det L).
        Span<double> y = dims <= 64 ? stackalloc double[dims] : new double[dims];
        double squared = 0, logDet = 0;
        for (int r = 0; r < dims; r++)
        {
            double v = x[r] - centre[r];
            for (int c = 0; c < r; c++)
            {
                v -= lower[r, c] * y[c];
            }

            y[r] = v / lower[r, r];
            squared += y[r] * y[r];
            logDet += Math.Log(lower[r, r]);
        }

        return Math.Exp((-0.5 * squared) - logDet - (0.5 * dims * Math.Log(2 * Math.PI)));
    }

    private static double[] Normalised(double[] weights)
    {
        double total = weights.Sum();
        return weights.Select(x => x / total).ToArray();
    }
}
