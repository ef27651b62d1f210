using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Experiments.Tests.Running;

public sealed class ReplicationRunnerTests
{
    private static ResolvedScenario Scenario(int reps = 13, int ticks = 17, string policies = "\"command\", \"inquiry\", \"crisis-command\"")
    {
        var loader = new ScenarioLoader(FakeTeamModelFactory.Catalog());
        return loader.Resolver.Resolve(loader.LoadText($$"""{ "ticks": {{ticks}}, "replications": {{reps}}, "seed": 99, "policies": [{{policies}}] }""", "t.json"));
    }

    [Fact]
    public void Every_policy_runs_every_replication_in_policy_major_order()
    {
        ExperimentResult result = ReplicationRunner.Run(Scenario(), new RunnerOptions(Threads: 3));
        Assert.Equal(3 * 13, result.Runs.Count);
        for (int i = 0; i < result.Runs.Count; i++)
        {
            Assert.Equal((i / 13, i % 13, 17), (result.Runs[i].Policy, result.Runs[i].Replication, result.Runs[i].Ticks));
        }
    }

    [Fact]
    public void One_thread_and_four_threads_give_identical_results()
    {
        ExperimentResult one = ReplicationRunner.Run(Scenario(), new RunnerOptions(Threads: 1));
        ExperimentResult four = ReplicationRunner.Run(Scenario(), new RunnerOptions(Threads: 4));
        for (int i = 0; i < one.Runs.Count; i++)
        {
            Assert.Equal(one.Runs[i].Metrics, four.Runs[i].Metrics);
        }

        for (int p = 0; p < 3; p++)
        {
            for (int t = 1; t <= 17; t++)
            {
                for (int m = 0; m < one.TickStatistics.Metrics; m++)
                {
                    Assert.Equal(one.TickStatistics.Count(p, t, m), four.TickStatistics.Count(p, t, m));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(one.TickStatistics.Mean(p, t, m)), BitConverter.DoubleToInt64Bits(four.TickStatistics.Mean(p, t, m)));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(one.TickStatistics.StandardDeviation(p, t, m)), BitConverter.DoubleToInt64Bits(four.TickStatistics.StandardDeviation(p, t, m)));
                }
            }
        }
    }

    [Fact]
    public void Policies_share_random_numbers_within_a_replication_and_differ_across_replications()
    {
        // The fake's damage per tick is u * (2 - inquiry) with u from the run's stream, so with common
        // random numbers the ratio of two policies' total damage is the same in every replication.
        ExperimentResult result = ReplicationRunner.Run(Scenario(policies: "\"command\", \"inquiry\""), new RunnerOptions(Threads: 2));
        double[] command = result.RunMetric(0, 0);
        double[] inquiry = result.RunMetric(1, 0);
        double expected = (2 - 0.9) / (2 - 0.1);
        for (int r = 0; r < command.Length; r++)
        {
            Assert.Equal(expected, inquiry[r] / command[r], 12);
        }

        Assert.NotEqual(command[0], command[1]);
    }

    [Fact]
    public void Tick_statistics_skip_undefined_values()
    {
        ExperimentResult result = ReplicationRunner.Run(Scenario(reps: 5, ticks: 4), new RunnerOptions(Threads: 2));
        int routing = result.TickMetricIndex("routing_accuracy");
        Assert.Equal(5, result.TickStatistics.Count(0, 1, routing));
        Assert.Equal(0, result.TickStatistics.Count(0, 2, routing));
        Assert.True(double.IsNaN(result.TickStatistics.Mean(0, 2, routing)));
    }

    [Fact]
    public void A_run_that_throws_is_reported_with_its_policy_and_replication()
    {
        var loader = new ScenarioLoader(new TeamSim.Core.Models.ModelCatalog([new ThrowingFactory()]));
        ResolvedScenario s = loader.Resolver.Resolve(loader.LoadText("""{ "ticks": 5, "replications": 2, "policies": ["inquiry"] }""", "t.json"));
        var e = Assert.Throws<RunFailedException>(() => ReplicationRunner.Run(s, new RunnerOptions(Threads: 2)));
        Assert.Contains("policy 'inquiry', replication 0", e.Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingFactory : TeamSim.Core.Models.IModelFactory
    {
        private readonly FakeTeamModelFactory _inner = new();

        public string Name => "team";

        public TeamSim.Core.Parameters.ParameterRegistry Parameters => _inner.Parameters;

        public IReadOnlyList<TeamSim.Core.Models.MetricDefinition> TickMetrics => _inner.TickMetrics;

        public IReadOnlyList<TeamSim.Core.Models.MetricDefinition> RunMetrics => _inner.RunMetrics;

        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => _inner.PolicyPresets;

        public TeamSim.Core.Models.IModel Create(TeamSim.Core.Parameters.ParameterSet parameters, TeamSim.Core.Random.RunSeeds seeds, TeamSim.Core.Models.ModelRunOptions options) =>
            throw new InvalidOperationException("broken invariant");
    }
}
