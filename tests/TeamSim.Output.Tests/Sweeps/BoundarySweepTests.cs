using System.Globalization;
using System.Runtime.CompilerServices;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

public sealed class BoundarySweepTests
{
    private static SweepPlan Plan(int chunkRuns = 0)
    {
        var model = new SignBoundaryModelFactory();
        var defaults = model.Parameters.Defaults();
        SweepPolicy[] policies = [new("flat", defaults), new("tilted", defaults.With("effect", 1).With("stream", 1))];
        Factor[] factors = [Factor.Range("x", 0, 1, levels: 5), Factor.Range("y", 0, 1, levels: 5)];
        var design = new SweepDesignSpec("boundary", Budget: 4000, Metric: "gain", Rounds: 6, Depth: 3);
        return new SweepPlan(model, policies, factors, design, 10, 1, 17, [], chunkRuns: chunkRuns);
    }

    private static SweepManifest Run(string dir, int threads, IAdaptiveChunkStore? wrap = null, bool resume = false, CancellationToken cancel = default)
    {
        SweepPlan plan = Plan();
        SweepFolder folder = SweepFolder.Prepare(dir, plan, "boundary", SweepShard.Whole, resume, force: false);
        BoundaryOutcome outcome = BoundaryRunner.Run(plan, wrap ?? folder, new SweepRunOptions(threads), cancellationToken: cancel);
        return folder.Completed(outcome.Plan).Finish()!;
    }

    [Fact]
    public void Boundary_design_spends_most_runs_next_to_the_known_boundary()
    {
        using var tmp = new TempDir();
        SweepManifest manifest = Run(tmp.Path, threads: 2);

        // Within half an initial cell of x + y = 1 lie 5 of the 25 initial points (20% of a grid's runs).
        long near = 0, all = 0;
        foreach (string line in File.ReadLines(Path.Combine(tmp.Path, SweepAssembler.RunsFile)).Skip(1))
        {
            string[] cells = line.Split(',');
            double x = double.Parse(cells[4], CultureInfo.InvariantCulture), y = double.Parse(cells[5], CultureInfo.InvariantCulture);
            near += Math.Abs(x + y - 1) <= 0.125 + 1e-12 ? 1 : 0;
            all++;
        }

        Assert.Equal(manifest.Runs, all);
        Assert.True(all > 2000 && all <= 4000, $"{all} runs for a budget of 4000");
        Assert.True(near >= 0.6 * all, $"{near} of {all} runs next to the boundary");
        Assert.True(manifest.Points > 25, "the design added points");
    }

    [Fact]
    public void Boundary_sweep_files_are_byte_identical_for_any_thread_count()
    {
        using var tmp = new TempDir();
        Run(tmp.Sub("one"), threads: 1);
        Run(tmp.Sub("two"), threads: 2);

        Assert.Equal(SweepTestKit.Digest(tmp.Sub("one")), SweepTestKit.Digest(tmp.Sub("two")));
    }

    [Fact]
    public void Killed_boundary_sweep_resumes_to_identical_files()
    {
        using var tmp = new TempDir();
        Run(tmp.Sub("straight"), threads: 1);

        // Stopped after 40 chunks (the initial grid is 25 chunks of one block each), mid-way through round 1 or 2.
        string killed = tmp.Sub("killed");
        SweepPlan plan = Plan();
        SweepFolder folder = SweepFolder.Prepare(killed, plan, "boundary", SweepShard.Whole, false, false);
        using var cancel = new CancellationTokenSource();
        var stopping = new StopAfter(folder, 40, cancel);
        Assert.ThrowsAny<OperationCanceledException>(() => BoundaryRunner.Run(plan, stopping, new SweepRunOptions(1), cancellationToken: cancel.Token));
        Assert.False(File.Exists(Path.Combine(killed, SweepAssembler.RunsFile)));

        Run(killed, threads: 2, resume: true);

        Assert.Equal(SweepTestKit.Digest(tmp.Sub("straight")), SweepTestKit.Digest(killed));
    }

    [Fact]
    public void Analyze_writes_contrasts_and_a_regime_map_for_a_boundary_sweep()
    {
        using var tmp = new TempDir();
        SweepManifest manifest = Run(tmp.Path, threads: 2);

        IReadOnlyList<string> files = SweepAnalysis.Run(tmp.Path, [], new Experiments.Sensitivity.SensitivityOptions(), new Core.Models.ModelCatalog([new SignBoundaryModelFactory()]));

        Assert.Contains(Path.Combine("analysis", "plots", "regime_gain_tilted_vs_flat.png"), files);
        string[] rows = File.ReadAllLines(Path.Combine(tmp.Path, "analysis", SweepContrasts.File));
        Assert.Equal(manifest.Points + 1, rows.Length);

        // Where the design made its points far from the line, the sign of the contrast is the known one.
        foreach (string row in rows.Skip(1))
        {
            string[] cells = row.Split(',');
            double x = double.Parse(cells[1], CultureInfo.InvariantCulture), y = double.Parse(cells[2], CultureInfo.InvariantCulture);
            string better = cells[^1];
            if (Math.Abs(x + y - 1) >= 0.5)
            {
                Assert.Equal(x + y > 1 ? "tilted" : "flat", better);
            }
        }
    }

    [Fact]
    public void Over_three_factors_the_boundary_design_refines_near_the_plane_and_analyze_draws_partial_dependence()
    {
        using var tmp = new TempDir();
        var model = new SignBoundaryModelFactory();
        var defaults = model.Parameters.Defaults();
        SweepPolicy[] policies = [new("flat", defaults), new("tilted", defaults.With("effect", 1).With("stream", 1))];
        Factor[] factors = [Factor.Range("x", 0, 1, levels: 3), Factor.Range("y", 0, 1, levels: 3), Factor.Range("w", 0, 1, levels: 3)];
        var plan = new SweepPlan(model, policies, factors, new SweepDesignSpec("boundary", Budget: 3000, Metric: "gain", Rounds: 4, Depth: 2), 10, 1, 5, []);
        SweepFolder folder = SweepFolder.Prepare(tmp.Path, plan, "three", SweepShard.Whole, false, false);
        BoundaryOutcome outcome = BoundaryRunner.Run(plan, folder, new SweepRunOptions(2));
        SweepManifest manifest = folder.Completed(outcome.Plan).Finish()!;

        IReadOnlyList<string> files = SweepAnalysis.Run(tmp.Path, [], new Experiments.Sensitivity.SensitivityOptions(Resamples: 20), new Core.Models.ModelCatalog([model]));

        // A third of the initial grid's points lie on the plane x + y = 1 (w does not matter); most runs go near it.
        Assert.True(manifest.Points > 27);
        long near = 0;
        for (long j = 0; j < outcome.Plan.TotalRuns; j++)
        {
            ReadOnlySpan<double> v = outcome.Plan.PointValues(outcome.Plan.Job(j).Point);
            near += Math.Abs(v[0] + v[1] - 1) <= 0.25 ? 1 : 0;
        }

        Assert.True(near >= 0.6 * outcome.Plan.TotalRuns, $"{near} of {outcome.Plan.TotalRuns} runs near the plane");

        Assert.Contains(Path.Combine("analysis", "plots", "partial_dependence_gain_tilted_vs_flat.png"), files);
    }

    [Fact]
    public void Sobol_indices_of_the_contrast_credit_only_the_factor_that_moves_the_difference()
    {
        using var tmp = new TempDir();
        var model = new SignBoundaryModelFactory();
        var defaults = model.Parameters.Defaults();
        SweepPolicy[] policies = [new("flat", defaults), new("tilted", defaults.With("effect", 1).With("stream", 1))];
        Factor[] factors = [Factor.Range("x", 0, 1), Factor.Range("w", 0, 1)];
        var plan = new SweepPlan(model, policies, factors, new SweepDesignSpec("sobol", BaseSamples: 128), 4, 1, 3, []);
        SweepTestKit.RunInto(tmp.Path, plan, threads: 2);

        IReadOnlyList<string> files = SweepAnalysis.Run(tmp.Path, [], new Experiments.Sensitivity.SensitivityOptions(Resamples: 50), new Core.Models.ModelCatalog([model]));

        // w raises both policies alike: it dominates each policy's own indices but not their difference.
        Assert.Contains(Path.Combine("analysis", "contrast_sobol.csv"), files);
        string[] rows = File.ReadAllLines(Path.Combine(tmp.Path, "analysis", "contrast_sobol.csv"));
        Assert.Equal("metric,policy_a,policy_b,factor,s1,s1_low,s1_high,st,st_low,st_high,samples", rows[0]);
        double[] x = rows[1].Split(',')[4..10].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        double[] w = rows[2].Split(',')[4..10].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(("gain", "flat", "tilted", "x"), (rows[1].Split(',')[0], rows[1].Split(',')[1], rows[1].Split(',')[2], rows[1].Split(',')[3]));
        Assert.InRange(x[0], 0.9, 1.1);
        Assert.InRange(x[3], 0.9, 1.1);
        Assert.Equal(0, w[0], 9);
        Assert.Equal(0, w[3], 9);
        string flatW = File.ReadAllLines(Path.Combine(tmp.Path, "analysis", "sobol.csv")).Single(l => l.StartsWith("gain,flat,w,", StringComparison.Ordinal));
        Assert.True(double.Parse(flatW.Split(',')[6], CultureInfo.InvariantCulture) > 0.9, flatW);
    }

    /// <summary>Stores chunks until <paramref name="keep"/> are stored (over every round), then cancels the sweep, like a kill.</summary>
    private sealed class StopAfter(IAdaptiveChunkStore inner, int keep, CancellationTokenSource cancel, StrongBox<int>? stored = null) : IAdaptiveChunkStore
    {
        private readonly StrongBox<int> _stored = stored ?? new StrongBox<int>(0);

        public IReadOnlySet<long> CompletedChunks() => inner.CompletedChunks();

        public void WriteChunk(long chunk, IReadOnlyList<SweepRunRecord> records)
        {
            inner.WriteChunk(chunk, records);
            if (Interlocked.Increment(ref _stored.Value) >= keep)
            {
                cancel.Cancel();
            }
        }

        public IAdaptiveChunkStore For(SweepPlan plan) => new StopAfter(inner.For(plan), keep, cancel, _stored);

        public IReadOnlyList<double[]> ReadMetrics(long chunk) => inner.ReadMetrics(chunk);
    }
}
