using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// A validated, ready-to-run sweep: model, policies, factors, design points, replications and
/// seed, with the fixed numbering of jobs and chunks that makes runs resumable and shardable.
/// </summary>
/// <remarks>
/// Job j is (point, policy, replication) in point-major order; chunk c holds jobs
/// [c K, (c + 1) K) for the chunk size K. Replication r of every policy, and by default of every
/// design point, uses <c>RunSeeds(seed, 0, r)</c> (common random numbers); with
/// <see cref="IndependentPoints"/> point p uses <c>RunSeeds(seed, p, r)</c>.
/// An adaptive design (<c>boundary</c>) starts as the plan of its initial grid and grows round by
/// round (<see cref="Grow"/>): its jobs are then blocks of <see cref="BlockRuns"/> runs (one point,
/// every policy, <see cref="Replications"/> replications from a block's first replication), and the
/// chunk size divides the block, so every round fills whole chunks.
/// </remarks>
public sealed class SweepPlan
{
    /// <summary>Largest number of runs in one sweep.</summary>
    public const long MaxRuns = 1_000_000_000;

    private readonly double[][] _pointValues;
    private readonly SweepBlock[]? _blocks;
    private string? _hash;

    /// <summary>Builds the plan and checks every design point against the parameter ranges.</summary>
    /// <exception cref="ArgumentException">Sizes are out of range, a factor names no parameter, or a factor value is not allowed.</exception>
    public SweepPlan(
        IModelFactory model,
        IReadOnlyList<SweepPolicy> policies,
        IReadOnlyList<Factor> factors,
        SweepDesignSpec design,
        int replications,
        int ticks,
        ulong seed,
        IReadOnlyList<string> metrics,
        bool independentPoints = false,
        int chunkRuns = 0)
    {
        ArgumentOutOfRangeException.ThrowIfZero(policies.Count);
        ArgumentOutOfRangeException.ThrowIfZero(factors.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replications);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticks);
        ArgumentOutOfRangeException.ThrowIfNegative(chunkRuns);
        Model = model;
        Policies = policies;
        Factors = factors;
        DesignSpec = design;
        Replications = replications;
        Ticks = ticks;
        Seed = seed;
        IndependentPoints = independentPoints;

        var metricIndices = new int[metrics.Count];
        for (int i = 0; i < metrics.Count; i++)
        {
            metricIndices[i] = model.RunMetrics.IndexOfName(metrics[i]);
            if (metricIndices[i] < 0)
            {
                throw new ArgumentException($"unknown metric '{metrics[i]}' of model '{model.Name}'");
            }
        }

        Metrics = metrics.Count > 0 ? metrics.ToArray() : model.RunMetrics.Select(m => m.Name).ToArray();
        MetricIndices = metrics.Count > 0 ? metricIndices : Enumerable.Range(0, model.RunMetrics.Count).ToArray();

        var specs = new ParameterSpec[factors.Count];
        for (int f = 0; f < factors.Count; f++)
        {
            if (!model.Parameters.TryGet(factors[f].Name, out ParameterSpec spec))
            {
                throw new ArgumentException($"unknown parameter '{factors[f].Name}' of model '{model.Name}'");
            }

            specs[f] = spec;
        }

        FactorSpecs = specs;

        if (SweepSize.Of(design, factors, policies.Count, replications).Problem(design, factors.Count, policies.Count, replications) is string tooLarge)
        {
            throw new ArgumentException(tooLarge);
        }

        Design = design.Create().Generate(factors, seed);
        long runs = (long)Design.Count * policies.Count * replications;
        if (runs > MaxRuns)
        {
            throw new ArgumentException($"the sweep has {runs} runs; at most {MaxRuns} are allowed");
        }

        TotalRuns = runs;
        _pointValues = new double[Design.Count][];
        for (int p = 0; p < Design.Count; p++)
        {
            _pointValues[p] = Design.Values(p, factors);
            for (int f = 0; f < factors.Count; f++)
            {
                string? problem = specs[f].Check(_pointValues[p][f]);
                if (problem is not null)
                {
                    throw new ArgumentException($"factor {factors[f].Name}: {problem}");
                }
            }
        }

        if (design.IsAdaptive)
        {
            RunLimit = design.Budget / BlockRuns * BlockRuns;
            if (chunkRuns > 0 && BlockRuns % chunkRuns != 0)
            {
                throw new ArgumentException($"chunk_runs ({chunkRuns}) must divide policies x replications ({BlockRuns}) for a boundary design, so each round fills whole chunks");
            }

            ChunkRuns = chunkRuns > 0 ? chunkRuns : LargestDivisorAtMost(BlockRuns, DefaultChunkRuns(RunLimit, ticks));
        }
        else
        {
            RunLimit = runs;
            ChunkRuns = chunkRuns > 0 ? chunkRuns : DefaultChunkRuns(runs, ticks);
        }

        ChunkCount = (runs + ChunkRuns - 1) / ChunkRuns;
    }

    private SweepPlan(SweepPlan source, DesignMatrix design, SweepBlock[] blocks)
    {
        Model = source.Model;
        Policies = source.Policies;
        Factors = source.Factors;
        FactorSpecs = source.FactorSpecs;
        DesignSpec = source.DesignSpec;
        Replications = source.Replications;
        Ticks = source.Ticks;
        Seed = source.Seed;
        IndependentPoints = source.IndependentPoints;
        Metrics = source.Metrics;
        MetricIndices = source.MetricIndices;
        RunLimit = source.RunLimit;
        ChunkRuns = source.ChunkRuns;
        _hash = source.Hash();
        Design = design;
        _blocks = blocks;
        _pointValues = new double[design.Count][];
        for (int p = 0; p < design.Count; p++)
        {
            _pointValues[p] = design.Values(p, Factors);
        }

        TotalRuns = (long)blocks.Length * BlockRuns;
        ChunkCount = (TotalRuns + ChunkRuns - 1) / ChunkRuns;
    }

    /// <summary>The model that runs.</summary>
    public IModelFactory Model { get; }

    /// <summary>Policies, in output order.</summary>
    public IReadOnlyList<SweepPolicy> Policies { get; }

    /// <summary>Factors, in design column order.</summary>
    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>The registry entries of the factors, in factor order.</summary>
    public IReadOnlyList<ParameterSpec> FactorSpecs { get; }

    /// <summary>The design as configured.</summary>
    public SweepDesignSpec DesignSpec { get; }

    /// <summary>The design points (unit coordinates).</summary>
    public DesignMatrix Design { get; }

    /// <summary>Replications per point and policy.</summary>
    public int Replications { get; }

    /// <summary>Horizon in ticks.</summary>
    public int Ticks { get; }

    /// <summary>Master seed (of the design and of the runs).</summary>
    public ulong Seed { get; }

    /// <summary>True when design points get independent random streams instead of common random numbers.</summary>
    public bool IndependentPoints { get; }

    /// <summary>Names of the recorded run metrics.</summary>
    public IReadOnlyList<string> Metrics { get; }

    /// <summary>Positions of <see cref="Metrics"/> in the model's run metrics.</summary>
    public IReadOnlyList<int> MetricIndices { get; }

    /// <summary>Number of design points.</summary>
    public int Points => _pointValues.Length;

    /// <summary>Runs of one design point at one set of replications: policies x replications (the block of an adaptive design).</summary>
    public int BlockRuns => Policies.Count * Replications;

    /// <summary>Most runs the sweep can have: <see cref="TotalRuns"/>, or an adaptive design's budget in whole blocks.</summary>
    public long RunLimit { get; }

    /// <summary>Number of runs: points x policies x replications (an adaptive design: its blocks x <see cref="BlockRuns"/>).</summary>
    public long TotalRuns { get; }

    /// <summary>Runs per chunk (the unit of storage, resumption and sharding).</summary>
    public int ChunkRuns { get; }

    /// <summary>Number of chunks.</summary>
    public long ChunkCount { get; }

    /// <summary>Run-ticks a default chunk holds at least: saving and later reading a chunk file costs
    /// about a millisecond, as much as simulating ~1,000 ticks of a small team, so smaller chunks would
    /// spend a noticeable share of a sweep of short runs on files (docs/PERFORMANCE.md).</summary>
    public const long MinChunkRunTicks = 10_000;

    /// <summary>
    /// The default chunk size, from the sweep's size only (never from threads, so any thread count
    /// or shard split stores the same chunks): at most 512 chunks; at least
    /// <see cref="MinChunkRunTicks"/> run-ticks a chunk, but never fewer than 32 chunks when there
    /// are 32 runs or more (so threads and Slurm shards have work to share); 1 to 1000 runs.
    /// </summary>
    /// <param name="runs">Runs in the sweep.</param>
    /// <param name="ticks">Horizon of each run.</param>
    public static int DefaultChunkRuns(long runs, int ticks)
    {
        long forCount = (runs + 511) / 512;
        long forWork = (MinChunkRunTicks + Math.Max(1, ticks) - 1) / Math.Max(1, ticks);
        long forSharing = Math.Max(1, (runs + 31) / 32);
        return (int)Math.Clamp(Math.Max(forCount, Math.Min(forWork, forSharing)), 1, 1000);
    }

    private static int LargestDivisorAtMost(int n, int most)
    {
        for (int k = Math.Min(n, Math.Max(1, most)); k > 1; k--)
        {
            if (n % k == 0)
            {
                return k;
            }
        }

        return 1;
    }

    /// <summary>The factor values of a design point, in factor order.</summary>
    public ReadOnlySpan<double> PointValues(int point) => _pointValues[point];

    /// <summary>
    /// The same sweep grown by an adaptive design: design points <paramref name="design"/> (the
    /// earlier points first, in the same order) and the blocks of runs so far, earlier blocks first.
    /// Its hash is this plan's, so the chunks of earlier rounds stay valid.
    /// </summary>
    /// <exception cref="ArgumentException">The design is not adaptive, or the blocks exceed the budget or name unknown points.</exception>
    public SweepPlan Grow(DesignMatrix design, IReadOnlyList<SweepBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(blocks);
        if (!DesignSpec.IsAdaptive)
        {
            throw new ArgumentException($"a {DesignSpec.Kind} design does not grow");
        }

        if ((long)blocks.Count * BlockRuns > RunLimit)
        {
            throw new ArgumentException($"{blocks.Count} blocks of {BlockRuns} runs exceed the budget of {RunLimit} runs", nameof(blocks));
        }

        foreach (SweepBlock block in blocks)
        {
            if (block.Point < 0 || block.Point >= design.Count || block.FirstReplication < 0)
            {
                throw new ArgumentException($"block {block} names no point of the design", nameof(blocks));
            }
        }

        return new SweepPlan(this, design, blocks.ToArray());
    }

    /// <summary>The job with a given index.</summary>
    public SweepJob Job(long index)
    {
        if (_blocks is not null)
        {
            SweepBlock block = _blocks[index / BlockRuns];
            int within = (int)(index % BlockRuns);
            return new SweepJob(index, block.Point, within / Replications, block.FirstReplication + (within % Replications));
        }

        int replication = (int)(index % Replications);
        long rest = index / Replications;
        return new SweepJob(index, (int)(rest / Policies.Count), (int)(rest % Policies.Count), replication);
    }

    /// <summary>The jobs [first, end) of a chunk.</summary>
    public (long First, long End) ChunkJobs(long chunk) =>
        (chunk * ChunkRuns, Math.Min(TotalRuns, (chunk + 1) * ChunkRuns));

    /// <summary>The seeds of a job: common across points unless <see cref="IndependentPoints"/>.</summary>
    public RunSeeds Seeds(SweepJob job) => new(Seed, IndependentPoints ? job.Point : 0, job.Replication);

    /// <summary>The parameter set of a job: its policy's parameters with the point's factor values.</summary>
    public ParameterSet Parameters(SweepJob job)
    {
        ParameterSet set = Policies[job.Policy].Parameters;
        ReadOnlySpan<double> values = PointValues(job.Point);
        for (int f = 0; f < Factors.Count; f++)
        {
            set = set.With(Factors[f].Name, values[f]);
        }

        return set;
    }

    /// <summary>
    /// A SHA-256 over everything that decides the results (model, parameters, factors, design points,
    /// seeds, sizes, metrics, chunking): pieces of a sweep merge only when their hashes agree.
    /// </summary>
    public string Hash()
    {
        if (_hash is not null)
        {
            return _hash;
        }

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"teamsim-sweep/1\nmodel={Model.Name}\nticks={Ticks}\nseed={Seed}\nreplications={Replications}\n");
        text.Append(inv, $"independent={IndependentPoints}\nchunk_runs={ChunkRuns}\nmetrics={string.Join(',', Metrics)}\n");
        text.Append(inv, $"design={DesignSpec}\n");
        foreach (SweepPolicy policy in Policies)
        {
            text.Append(inv, $"policy={policy.Name}:");
            ReadOnlySpan<double> values = policy.Parameters.Values;
            for (int i = 0; i < values.Length; i++)
            {
                text.Append(inv, $"{policy.Parameters.Registry.Specs[i].Name}={values[i]:R};");
            }

            text.Append('\n');
        }

        foreach (Factor f in Factors)
        {
            text.Append(inv, $"factor={f.Name}\n");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        var buffer = new byte[8];
        for (int p = 0; p < Points; p++)
        {
            foreach (double v in PointValues(p))
            {
                BinaryPrimitives.WriteDoubleLittleEndian(buffer, v);
                hash.AppendData(buffer);
            }
        }

        _hash = Convert.ToHexStringLower(hash.GetHashAndReset());
        return _hash;
    }
}
