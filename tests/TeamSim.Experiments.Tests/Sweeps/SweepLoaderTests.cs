using TeamSim.Core.Team;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Tests.Sweeps;

public sealed class SweepLoaderTests
{
    private static readonly SweepLoader Loader = new((name, folder) =>
    {
        if (name != "drill")
        {
            throw new InputException($"{name}: file not found");
        }

        var model = new TeamModelFactory();
        var defaults = model.Parameters.Defaults();
        return new SweepBase("drill", model, [new SweepPolicy("command", defaults), new SweepPolicy("inquiry", defaults.With("leader.inquiry", 0.9))], 100, 7, 11);
    });

    private static SweepDefinition Load(string json) => Loader.LoadText(json, "s.json", ".");

    private static string Problem(string json) => string.Join("\n", Assert.Throws<InputException>(() => Load(json)).Problems);

    [Fact]
    public void A_grid_sweep_loads_with_defaults_from_the_base_scenario()
    {
        SweepDefinition sweep = Load("""
            { "name": "ib", "base": "drill",
              "factors": [ { "parameter": "leader.inquiry", "values": [0.1, 0.5, 0.9] },
                           { "parameter": "leader.blame", "min": 0, "max": 1, "levels": 4 } ],
              "metrics": ["total_damage"] }
            """);

        SweepPlan plan = sweep.Plan;
        Assert.Equal("ib", sweep.Name);
        Assert.Equal(12, plan.Points);
        Assert.Equal(12 * 2 * 7, plan.TotalRuns);
        Assert.Equal((100, 11UL), (plan.Ticks, plan.Seed));
        Assert.Equal(["total_damage"], plan.Metrics);
        Assert.Equal([0.9, 1.0 / 3], plan.PointValues(9).ToArray());
    }

    [Fact]
    public void Sobol_and_morris_designs_get_their_point_counts_and_integer_parameters_stay_whole()
    {
        SweepPlan sobol = Load("""
            { "base": "drill", "replications": 1, "design": { "type": "sobol", "n": 16, "second_order": true },
              "factors": [ { "parameter": "team.size", "min": 4, "max": 12 }, { "parameter": "incidents.rate", "min": 0.1, "max": 1, "scale": "log" } ] }
            """).Plan;
        SweepPlan morris = Load("""
            { "base": "drill", "policies": ["inquiry"], "design": { "type": "morris", "trajectories": 5, "levels": 4 },
              "factors": [ { "parameter": "team.size", "min": 4, "max": 12 }, { "parameter": "errors.protocol", "values": [false, true] } ] }
            """).Plan;

        Assert.Equal(16 * 6, sobol.Points);
        for (int p = 0; p < sobol.Points; p++)
        {
            double size = sobol.PointValues(p)[0];
            Assert.Equal(Math.Floor(size), size);
            Assert.InRange(sobol.PointValues(p)[1], 0.1, 1);
        }

        Assert.Equal(5 * 3, morris.Points);
        Assert.Equal(["inquiry"], morris.Policies.Select(p => p.Name));
    }

    [Theory]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 2 } ] }""", "s.json: $.factors[0].max: must be a number in [0, 1], got 2")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiri", "values": [0.1] } ] }""", "s.json: $.factors[0].parameter: unknown parameter 'leader.inquiri' (did you mean 'leader.inquiry'?)")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ], "desing": "grid" }""", "s.json: $.desing: unknown key 'desing' (did you mean 'design'?)")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9 } ], "design": { "type": "sobol", "n": 100 } }""", "s.json: $.design.n: must be a power of two")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9 } ], "design": { "type": "morris", "trajectories": 5, "levels": 3 } }""", "s.json: $.design.levels: must be even")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9 } ], "design": { "type": "lhx" } }""", "s.json: $.design.type: must be one of grid, lhs, sobol, morris, boundary (did you mean 'lhs'?)")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ], "metrics": ["total_damages"] }""", "s.json: $.metrics[0]: unknown metric \"total_damages\" (did you mean 'total_damage'?)")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "errors.protocol", "min": 0, "max": 1 } ] }""", "s.json: $.factors[0]: errors.protocol is true or false: list the values to try")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "incidents.rate", "min": 0, "max": 1, "scale": "log" } ] }""", "s.json: $.factors[0].min: a log scale needs min > 0")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ], "policies": ["comand"] }""", "s.json: $.policies[0]: unknown policy \"comand\" (did you mean 'command'?)")]
    [InlineData("""{ "base": "nowhere", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ] }""", "s.json: $.base: cannot load 'nowhere': nowhere: file not found")]
    [InlineData("""{ "factors": [] }""", "s.json: $.base: is required")]
    [InlineData("  \n", "s.json: $: the file is empty; expected a JSON object { ... }")]
    [InlineData("""{ "name": "a..b", "base": "drill", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ] }""", "s.json: $.name: must be 1-64 letters, digits or _ . + - starting with a letter or digit (no '..', no path separators), got \"a..b\"")]
    [InlineData("""{ "name": 7, "base": "drill", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ] }""", "s.json: $.name: must be a string, got 7")]
    [InlineData("""{ "base": "drill", "replications": 0, "factors": [ { "parameter": "leader.inquiry", "values": [0.1, 0.1] } ] }""", "s.json: $.replications: must be an integer in [1, 1000000], got 0\ns.json: $.factors[0].values[1]: 0.1 is listed twice")]
    [InlineData("""{ "base": "drill", "factors": [ { "parameter": "leader.inquiry", "values": [0.1] } ], }""", "s.json: line 1, position")]
    public void Bad_sweep_files_are_rejected_with_the_field_path(string json, string expected)
    {
        Assert.StartsWith(expected, Problem(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "boundary" }""", "s.json: $.design.budget: is required: an integer in [1, 1000000000]")]
    [InlineData("""{ "type": "boundary", "budget": 4000, "budjet": 1 }""", "s.json: $.design.budjet: unknown key for a boundary design (did you mean 'budget'?); allowed keys: type, budget, metric, rounds, depth")]
    [InlineData("""{ "type": "boundary", "budget": 4000, "metric": "total_damages" }""", "s.json: $.design.metric: must be a metric the sweep records (did you mean 'total_damage'?) (total_damage, errors_reported), got \"total_damages\"")]
    [InlineData("""{ "type": "boundary", "budget": 4000, "rounds": 0 }""", "s.json: $.design.rounds: must be an integer in [1, 1000], got 0")]
    [InlineData("""{ "type": "boundary", "budget": 4000, "depth": 17 }""", "s.json: $.design.depth: must be an integer in [1, 16], got 17")]
    [InlineData("""{ "type": "boundary", "budget": 100 }""", "s.json: $.design.budget: must cover the initial grid: 9 points x 2 policies x 7 replications = 126 runs, got 100")]
    public void Bad_boundary_designs_get_one_line_errors(string design, string expected)
    {
        string problem = Problem($$"""
            { "base": "drill", "metrics": ["total_damage", "errors_reported"],
              "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 1, "levels": 3 },
                           { "parameter": "leader.blame", "min": 0, "max": 1, "levels": 3 } ],
              "design": {{design}} }
            """);

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void A_boundary_design_needs_ranges_and_two_policies()
    {
        string problem = Problem("""
            { "base": "drill", "policies": ["command"],
              "factors": [ { "parameter": "leader.inquiry", "values": [0.1, 0.9] },
                           { "parameter": "leader.blame", "min": 0, "max": 1 } ],
              "design": { "type": "boundary", "budget": 4000 } }
            """);

        Assert.Equal(
            "s.json: $.policies: a boundary design contrasts policies: give at least two, got 1\n" +
            "s.json: $.factors[0].values: a boundary design bisects between levels: give min, max and levels instead of values",
            problem);
    }

    [Fact]
    public void A_boundary_design_defaults_to_the_first_recorded_metric_and_is_bounded_by_its_budget()
    {
        SweepPlan plan = Load("""
            { "base": "drill", "metrics": ["errors_reported", "total_damage"],
              "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 1, "levels": 3 } ],
              "design": { "type": "boundary", "budget": 1000 } }
            """).Plan;

        Assert.Equal(("errors_reported", 6, 3), (plan.DesignSpec.Metric, plan.DesignSpec.Rounds, plan.DesignSpec.Depth));
        Assert.Equal(3 * 2 * 7, plan.TotalRuns);
        Assert.Equal(1000 / 14 * 14, plan.RunLimit);
        Assert.Equal(0, plan.BlockRuns % plan.ChunkRuns);
    }

    [Fact]
    public void A_boundary_budget_too_large_for_memory_is_refused_before_anything_runs()
    {
        string problem = Problem("""
            { "base": "drill", "replications": 1, "metrics": ["total_damage"],
              "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 1, "levels": 3 } ],
              "design": { "type": "boundary", "budget": 1000000000 } }
            """);

        Assert.StartsWith("s.json: $.design: the boundary design has 500,000,000 points x 2 policies x 1 replication = 1,000,000,000 runs and needs about", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }
}
