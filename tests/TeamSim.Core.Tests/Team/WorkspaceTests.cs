using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

/// <summary>
/// A worker's <see cref="ModelWorkspace"/> hands the previous run's arrays to the next run. That
/// must be invisible in the results: a run set up in a used workspace gives the same numbers and
/// events, bit for bit, as a run set up with fresh memory.
/// </summary>
public sealed class WorkspaceTests
{
    // A sequence of runs that reuse one workspace: the default team, then shapes that differ (size,
    // domains, groups, indexes) and runs that grow the incident pool, latent errors and reviews
    // past their starting capacity, then the first shapes again, so kept arrays are reused dirty.
    public static TheoryData<string, (string Name, double Value)[]> Runs() => new()
    {
        { "inquiry", [] },
        { "command", [("practices.review_interval", 10), ("practices.rotation_interval", 25), ("turnover.rate", 0.004)] },
        { "inquiry", [("team.size", 3), ("team.domains", 2)] },
        { "crisis-command", [("incidents.rate", 4), ("incidents.severity_growth", 0.2), ("errors.rate", 0.3), ("errors.report_intercept", -10)] },
        { "inquiry", [("team.size", 40), ("incidents.rate", 2.4), ("team.group_size", 6), ("practices.review_interval", 5)] },
        { "inquiry", [("absence.top_expert_domain", 1), ("absence.start", 30), ("absence.duration", 80)] },
        { "command", [] },
    };

    [Fact]
    public void Runs_set_up_in_a_used_workspace_match_runs_set_up_afresh()
    {
        var workspace = new ModelWorkspace();
        int replication = 0;
        foreach (var row in Runs())
        {
            string preset = (string)row[0];
            var overrides = ((string Name, double Value)[])row[1];
            ParameterSet p = TeamRuns.Params(preset, overrides);
            for (int pass = 0; pass < 2; pass++, replication++)
            {
                var freshEvents = new List<string>();
                var reusedEvents = new List<string>();
                var fresh = new TeamModel(p, new RunSeeds(23, 0, replication), new ModelRunOptions(300, new ListSink(freshEvents)));
                var reused = new TeamModel(p, new RunSeeds(23, 0, replication), new ModelRunOptions(300, new ListSink(reusedEvents), workspace));
                AssertSameRun(fresh, reused, $"{preset} {string.Join(' ', overrides)} pass {pass}");
                Assert.Equal(freshEvents, reusedEvents);
            }
        }
    }

    [Fact]
    public void The_runs_in_this_test_do_grow_the_pools_past_their_starting_capacity()
    {
        // Guards the test above: reuse after growth is only exercised if some run outgrows 64 slots.
        ParameterSet p = TeamRuns.Params("crisis-command", ("incidents.rate", 4), ("incidents.severity_growth", 0.2), ("errors.rate", 0.3), ("errors.report_intercept", -10));
        var model = new TeamModel(p, new RunSeeds(23, 0, 6), new ModelRunOptions(300));
        int most = 0;
        while (!model.IsFinished)
        {
            model.Step();
            most = Math.Max(most, model.OpenIncidents);
        }

        Assert.True(most > 64, $"at most {most} open incidents");
    }

    [Fact]
    public void A_workspace_hands_out_zeroed_arrays_and_keeps_them_for_the_next_run()
    {
        var workspace = new ModelWorkspace();
        workspace.BeginRun();
        double[] first = workspace.Rent<double>(5);
        int[] second = workspace.Rent<int>(3);
        first.AsSpan().Fill(7.5);
        second.AsSpan().Fill(-1);

        workspace.BeginRun();
        double[] again = workspace.Rent<double>(5);
        int[] longer = workspace.Rent<int>(4);

        Assert.Same(first, again);
        Assert.All(again, v => Assert.Equal(0.0, v));
        Assert.NotSame(second, longer);
        Assert.Equal(4, longer.Length);
        Assert.All(longer, v => Assert.Equal(0, v));

        workspace.BeginRun();
        Assert.Same(first, workspace.Rent<double>(5));
        Assert.Same(longer, workspace.Rent<int>(4));
    }

    [Fact]
    public void A_reused_stream_restarts_exactly_where_a_new_stream_starts()
    {
        var workspace = new ModelWorkspace();
        var first = new RunSeeds(5, 0, 1);
        var second = new RunSeeds(5, 3, 2);
        workspace.BeginRun();
        Xoshiro256StarStar used = workspace.RestartStream(first, 4);
        for (int i = 0; i < 1000; i++)
        {
            used.NextGaussian();
        }

        workspace.BeginRun();
        Xoshiro256StarStar reused = workspace.RestartStream(second, 7);
        Xoshiro256StarStar fresh = second.Stream(7);

        Assert.Same(used, reused);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(fresh.NextUInt64(), reused.NextUInt64());
        }
    }

    [Fact]
    public void A_kept_set_up_is_only_handed_to_a_run_with_the_same_parameter_set_and_horizon()
    {
        var workspace = new ModelWorkspace();
        ParameterSet p = TeamRuns.Params("inquiry");
        ParameterSet equalCopy = p.With("incidents.rate", p["incidents.rate"]);
        var setup = new object();
        workspace.KeepSetup(p, 100, setup);

        Assert.Same(setup, workspace.PreviousSetup<object>(p, 100));
        Assert.Null(workspace.PreviousSetup<object>(p, 101));
        Assert.Null(workspace.PreviousSetup<object>(equalCopy, 100));
        Assert.Null(workspace.PreviousSetup<string>(p, 100));
    }

    [Fact]
    public void Setting_up_a_run_in_a_used_workspace_allocates_far_less_than_afresh()
    {
        ParameterSet p = TeamRuns.Params("inquiry");
        var workspace = new ModelWorkspace();
        _ = new TeamModel(p, new RunSeeds(23, 0, 0), new ModelRunOptions(100, null, workspace));

        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = new TeamModel(p, new RunSeeds(23, 0, 1), new ModelRunOptions(100));
        long fresh = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        _ = new TeamModel(p, new RunSeeds(23, 0, 1), new ModelRunOptions(100, null, workspace));
        long reused = GC.GetAllocatedBytesForCurrentThread() - before;

        // The state arrays (about three quarters of a default run's set-up), the random streams and
        // the settings come from the workspace; what remains is the model object.
        Assert.True(reused * 3 < fresh, $"reused {reused} B, fresh {fresh} B");
    }

    private static void AssertSameRun(TeamModel fresh, TeamModel reused, string what)
    {
        var a = new double[TeamMetrics.Tick.Count];
        var b = new double[TeamMetrics.Tick.Count];
        while (!fresh.IsFinished)
        {
            fresh.Step();
            reused.Step();
            fresh.WriteTickMetrics(a);
            reused.WriteTickMetrics(b);
            for (int m = 0; m < a.Length; m++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(a[m]) == BitConverter.DoubleToInt64Bits(b[m]), $"{what}: tick {fresh.Tick}, {TeamMetrics.Tick[m].Name}: {a[m]} vs {b[m]}");
            }
        }

        Assert.True(reused.IsFinished);
        var ra = new double[TeamMetrics.Run.Count];
        var rb = new double[TeamMetrics.Run.Count];
        fresh.WriteRunMetrics(ra);
        reused.WriteRunMetrics(rb);
        Assert.Equal(ra.Select(BitConverter.DoubleToInt64Bits), rb.Select(BitConverter.DoubleToInt64Bits));
    }
}
