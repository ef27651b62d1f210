using TeamSim.Core.Team;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Tests.Sweeps;

public sealed class SweepPlanTests
{
    private static SweepPlan Plan(bool independent = false, ulong seed = 1, int chunkRuns = 7)
    {
        var model = new TeamModelFactory();
        var defaults = model.Parameters.Defaults();
        return new SweepPlan(
            model,
            [new SweepPolicy("a", defaults), new SweepPolicy("b", defaults.With("leader.blame", 0.9))],
            [Factor.List("leader.inquiry", [0.1, 0.5, 0.9]), Factor.List("incidents.novelty", [0.2, 0.6])],
            new SweepDesignSpec("grid"),
            replications: 5,
            ticks: 10,
            seed,
            ["total_damage"],
            independent,
            chunkRuns);
    }

    [Fact]
    public void Jobs_are_numbered_point_major_then_policy_then_replication()
    {
        SweepPlan plan = Plan();
        Assert.Equal(6 * 2 * 5, plan.TotalRuns);
        Assert.Equal(new SweepJob(0, 0, 0, 0), plan.Job(0));
        Assert.Equal(new SweepJob(7, 0, 1, 2), plan.Job(7));
        Assert.Equal(new SweepJob(59, 5, 1, 4), plan.Job(59));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(20)]
    public void Shards_cover_every_chunk_exactly_once(int shards)
    {
        SweepPlan plan = Plan();
        var seen = new int[plan.ChunkCount];
        for (int i = 0; i < shards; i++)
        {
            (long first, long end) = new SweepShard(i, shards).ChunkRange(plan.ChunkCount);
            for (long c = first; c < end; c++)
            {
                seen[c]++;
            }
        }

        Assert.All(seen, s => Assert.Equal(1, s));
        Assert.Equal(plan.TotalRuns, Enumerable.Range(0, (int)plan.ChunkCount).Sum(c => plan.ChunkJobs(c).End - plan.ChunkJobs(c).First));
    }

    [Fact]
    public void Points_and_policies_share_seeds_by_default_and_points_differ_when_independent()
    {
        SweepPlan common = Plan();
        SweepPlan independent = Plan(independent: true);

        Assert.Equal(common.Seeds(common.Job(0 + 3)), common.Seeds(common.Job(50 + 3)));
        Assert.Equal(common.Seeds(new SweepJob(0, 0, 0, 3)), common.Seeds(new SweepJob(0, 4, 1, 3)));
        Assert.NotEqual(independent.Seeds(new SweepJob(0, 0, 0, 3)), independent.Seeds(new SweepJob(0, 4, 0, 3)));
        Assert.Equal(independent.Seeds(new SweepJob(0, 4, 0, 3)), independent.Seeds(new SweepJob(0, 4, 1, 3)));
    }

    [Fact]
    public void A_job_gets_its_policy_parameters_with_the_point_values()
    {
        SweepPlan plan = Plan();
        var parameters = plan.Parameters(plan.Job(59));
        Assert.Equal(0.9, parameters["leader.inquiry"]);
        Assert.Equal(0.6, parameters["incidents.novelty"]);
        Assert.Equal(0.9, parameters["leader.blame"]);
    }

    [Fact]
    public void The_hash_depends_on_what_decides_results_only()
    {
        Assert.Equal(Plan().Hash(), Plan().Hash());
        Assert.NotEqual(Plan().Hash(), Plan(seed: 2).Hash());
        Assert.NotEqual(Plan().Hash(), Plan(independent: true).Hash());
        Assert.NotEqual(Plan().Hash(), Plan(chunkRuns: 8).Hash());
    }

    [Theory]
    [InlineData(1, 300, 1)]
    [InlineData(31, 300, 1)]             // fewer than 32 runs: one run a chunk, to share among threads
    [InlineData(600, 300, 19)]           // 32 chunks: sharing caps the 34 runs that 10,000 run-ticks ask for
    [InlineData(2_500, 300, 34)]         // 10,000 run-ticks a chunk
    [InlineData(20_480, 200, 50)]
    [InlineData(100_000, 20_000, 196)]   // long runs: still at most 512 chunks
    [InlineData(1_000_000, 1, 1000)]     // tiny runs: at most 1000 a chunk
    [InlineData(1_000_000, 1000, 1000)]  // 512 chunks would need 1954 runs each: capped at 1000
    public void The_default_chunk_holds_enough_work_to_outweigh_its_file_in_32_to_512_chunks(long runs, int ticks, int expected)
    {
        int chunk = SweepPlan.DefaultChunkRuns(runs, ticks);
        Assert.Equal(expected, chunk);
        long chunks = (runs + chunk - 1) / chunk;
        Assert.True(chunks <= 512 || chunk == 1000, $"{chunks} chunks of {chunk}");
        Assert.True(chunk == 1000 || (long)chunk * ticks >= SweepPlan.MinChunkRunTicks || chunks >= Math.Min(32, runs), $"{chunk} runs x {ticks} ticks in {chunks} chunks");
    }

    [Fact]
    public void A_factor_outside_the_parameter_range_is_refused()
    {
        var model = new TeamModelFactory();
        Assert.Throws<ArgumentException>(() => new SweepPlan(
            model, [new SweepPolicy("a", model.Parameters.Defaults())], [Factor.Range("leader.inquiry", 0, 2)], new SweepDesignSpec("lhs", Points: 10), 1, 1, 1, []));
    }

    private static SweepPlan BoundaryPlan(int chunkRuns = 0)
    {
        var model = new TeamModelFactory();
        var defaults = model.Parameters.Defaults();
        return new SweepPlan(
            model,
            [new SweepPolicy("a", defaults), new SweepPolicy("b", defaults.With("leader.blame", 0.9))],
            [Factor.Range("leader.inquiry", 0, 1, levels: 3), Factor.Range("incidents.novelty", 0, 1, levels: 2)],
            new SweepDesignSpec("boundary", Budget: 1000, Metric: "total_damage", Rounds: 4, Depth: 2),
            replications: 5,
            ticks: 10,
            seed: 3,
            ["total_damage"],
            chunkRuns: chunkRuns);
    }

    [Fact]
    public void A_grown_boundary_plan_keeps_its_hash_and_numbers_later_blocks_after_earlier_ones()
    {
        SweepPlan plan = BoundaryPlan();
        var refiner = new BoundaryRefiner(new BoundaryDesign(2), plan.Factors, 2, 5, plan.RunLimit, 4);
        var blocks = refiner.Blocks.Concat([new SweepBlock(4, 5)]).ToArray();

        SweepPlan grown = plan.Grow(refiner.Matrix(), blocks);

        Assert.Equal(plan.Hash(), grown.Hash());
        Assert.Equal(6 * 10, plan.TotalRuns);
        Assert.Equal(7 * 10, grown.TotalRuns);
        Assert.Equal(1000 / 10 * 10, plan.RunLimit);
        Assert.Equal(0, plan.BlockRuns % plan.ChunkRuns);
        for (long j = 0; j < plan.TotalRuns; j++)
        {
            Assert.Equal(plan.Job(j), grown.Job(j));
        }

        // The extra block: point 4 again, policies a then b, replications 5 to 9 (seeds of replications 5 to 9).
        Assert.Equal(new SweepJob(60, 4, 0, 5), grown.Job(60));
        Assert.Equal(new SweepJob(69, 4, 1, 9), grown.Job(69));
        Assert.Equal(plan.PointValues(4).ToArray(), grown.PointValues(4).ToArray());
    }

    [Fact]
    public void A_boundary_plan_refuses_chunks_that_do_not_divide_a_block_and_blocks_over_the_budget()
    {
        Assert.Contains("must divide policies x replications (10)", Assert.Throws<ArgumentException>(() => BoundaryPlan(chunkRuns: 3)).Message, StringComparison.Ordinal);
        SweepPlan plan = BoundaryPlan();
        var refiner = new BoundaryRefiner(new BoundaryDesign(2), plan.Factors, 2, 5, plan.RunLimit, 4);
        SweepBlock[] tooMany = Enumerable.Repeat(new SweepBlock(0, 0), 101).ToArray();
        Assert.Throws<ArgumentException>(() => plan.Grow(refiner.Matrix(), tooMany));
        Assert.Throws<ArgumentException>(() => Plan().Grow(refiner.Matrix(), refiner.Blocks));
    }
}
