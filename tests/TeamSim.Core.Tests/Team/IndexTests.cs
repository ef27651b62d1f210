using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

/// <summary>
/// The large-team indexes (routing scores, best member by true fit) must give exactly what the
/// scans give: same members, same ties, so the same random draws and the same numbers.
/// </summary>
public sealed class IndexTests
{
    private static readonly (string Name, double Value)[] Everything =
    [
        ("practices.review_interval", 20),
        ("practices.rotation_interval", 30),
        ("absence.top_expert_domain", 1),
        ("absence.start", 40),
        ("absence.duration", 60),
        ("turnover.rate", 0.002),
    ];

    public static TheoryData<string, int, double[]> Configurations() => new()
    {
        // name, team size, (parameter index into Overrides, value) pairs flattened
        { "inquiry-defaults", 60, [] },
        { "inquiry-whole-team", 60, [0, 0, 1, 0] },
        { "inquiry-small-groups-few-asked", 80, [0, 6, 1, 3] },
        { "command-by-rank", 70, [2, 1, 3, 0.2] },
        { "overloaded-takeover", 50, [4, 6, 5, 0.6] },
        { "small-team", 10, [1, 4] },
    };

    private static readonly string[] Overrides =
        ["team.group_size", "leader.ask_limit", "leader.takeover_by_rank", "leader.inquiry", "incidents.rate", "incidents.novelty"];

    private static ParameterSet Build(string name, int size, double[] pairs)
    {
        var list = new List<(string, double)>(Everything) { ("team.size", size), ("incidents.rate", 0.06 * size) };
        for (int p = 0; p < pairs.Length; p += 2)
        {
            list.Add((Overrides[(int)pairs[p]], pairs[p + 1]));
        }

        return TeamRuns.Params(name.StartsWith("command", StringComparison.Ordinal) ? "command" : name.StartsWith("overloaded", StringComparison.Ordinal) ? "crisis-command" : "inquiry", [.. list]);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Indexed_and_scanning_runs_give_identical_metric_and_event_streams(string name, int size, double[] pairs)
    {
        ParameterSet p = Build(name, size, pairs);
        var indexedEvents = new List<string>();
        var scanningEvents = new List<string>();
        var indexed = new TeamModel(p, new RunSeeds(17, 0, 1), new ModelRunOptions(250, new ListSink(indexedEvents)), useIndexes: true);
        var scanning = new TeamModel(p, new RunSeeds(17, 0, 1), new ModelRunOptions(250, new ListSink(scanningEvents)), useIndexes: false);
        Assert.True(indexed.UsesIndexes);
        Assert.False(scanning.UsesIndexes);
        var a = new double[TeamMetrics.Tick.Count];
        var b = new double[TeamMetrics.Tick.Count];
        while (!indexed.IsFinished)
        {
            indexed.Step();
            scanning.Step();
            Assert.True(indexed.IndexesAreConsistentForTest(), $"an index is stale after tick {indexed.Tick}");
            indexed.WriteTickMetrics(a);
            scanning.WriteTickMetrics(b);
            for (int m = 0; m < a.Length; m++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(b[m]), BitConverter.DoubleToInt64Bits(a[m]));
            }
        }

        Assert.Equal(scanningEvents, indexedEvents);
        Assert.True(indexedEvents.Count > 20 * size, "the run should be busy enough to exercise the indexes");
    }

    [Fact]
    public void Team_size_decides_whether_indexes_are_used()
    {
        Assert.False(TeamRuns.Create(TeamRuns.Params(null, ("team.size", TeamModel.IndexMinSize - 1))).UsesIndexes);
        Assert.True(TeamRuns.Create(TeamRuns.Params(null, ("team.size", TeamModel.IndexMinSize))).UsesIndexes);
    }

    [Fact]
    public void The_fit_index_finds_the_scan_argmax_on_random_states_with_ties_and_absences()
    {
        var rng = new Xoshiro256StarStar(42);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = 1 + rng.Next(70), k = 1 + rng.Next(5);
            var expertise = new double[n * k];
            var absent = new bool[n];
            var primary = new int[n];
            for (int i = 0; i < n; i++)
            {
                primary[i] = i % k;
                absent[i] = rng.NextDouble() < 0.2;
                for (int d = 0; d < k; d++)
                {
                    // Coarse values make ties common, so the lowest-index rule is exercised.
                    expertise[(i * k) + d] = rng.Next(5) / 4.0;
                }
            }

            var index = new FitIndex(expertise, absent, primary, k);
            var weights = new double[k];
            for (int q = 0; q < 20; q++)
            {
                double sum = 0;
                for (int d = 0; d < k; d++)
                {
                    weights[d] = rng.NextDouble() < 0.4 ? 0 : rng.Next(4);
                    sum += weights[d];
                }

                for (int d = 0; d < k; d++)
                {
                    weights[d] = sum > 0 ? weights[d] / sum : 1.0 / k;
                }

                int expected = -1;
                double best = double.NegativeInfinity;
                for (int i = 0; i < n; i++)
                {
                    double fit = FitIndex.Fit(weights, expertise.AsSpan(i * k, k));
                    if (!absent[i] && fit > best)
                    {
                        best = fit;
                        expected = i;
                    }
                }

                Assert.Equal(expected, index.Best(weights, out double found));
                Assert.Equal(best, found);
            }

            // Change a few members and check the incremental updates.
            for (int change = 0; change < 5; change++)
            {
                int i = rng.Next(n), d = rng.Next(k);
                expertise[(i * k) + d] = rng.Next(5) / 4.0;
                index.Refresh(i, d);
                absent[i] = !absent[i];
                index.Refresh(i);
            }

            Assert.True(index.IsConsistent());
        }
    }

    [Fact]
    public void The_max_tree_finds_the_lowest_index_of_the_maximum()
    {
        var rng = new Xoshiro256StarStar(7);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 1 + rng.Next(100);
            var tree = new MaxTree(n);
            var values = new double[n];
            Array.Fill(values, double.NegativeInfinity);
            for (int step = 0; step < 50; step++)
            {
                int i = rng.Next(n);
                values[i] = rng.NextDouble() < 0.2 ? double.NegativeInfinity : rng.Next(6) - 2.5;
                tree.Set(i, values[i]);
                int expected = -1;
                double best = double.NegativeInfinity;
                for (int j = 0; j < n; j++)
                {
                    if (values[j] > best)
                    {
                        best = values[j];
                        expected = j;
                    }
                }

                Assert.Equal(expected, tree.ArgMax());
                Assert.Equal(best, tree.Max);
            }
        }
    }
}
