using TeamSim.Core.Team;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Experiments.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private static readonly ScenarioLoader Loader = new(FakeTeamModelFactory.Catalog());

    private const string Valid = """
        {
          "name": "demo",
          "description": "test",
          "ticks": 20,
          "replications": 3,
          "seed": 7,
          "parameters": { "team.size": 6, "incidents": { "novelty": 0.5, "profile": "ramp" } },
          "policies": ["command", { "name": "inquiry+rotation", "preset": "inquiry", "parameters": { "practices.rotation_interval": 50 } }]
        }
        """;

    [Fact]
    public void Every_built_in_scenario_loads_and_resolves_with_the_team_registry()
    {
        Assert.Contains("classroom", BuiltInScenarios.Names);
        foreach (string name in BuiltInScenarios.Names)
        {
            Scenario s = Loader.Load(name);
            Assert.Equal(name, s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.True(s.Policies.Count >= 2, $"{name} compares at least two policies");
            ResolvedScenario resolved = Loader.Resolver.Resolve(s);
            Assert.Equal(s.Policies.Count, resolved.Policies.Count);
        }
    }

    [Fact]
    public void A_valid_scenario_reads_flat_and_nested_parameters_and_policy_objects()
    {
        Scenario s = Loader.LoadText(Valid, "demo.json");
        Assert.Equal(("demo", 20, 3, 7UL), (s.Name, s.Ticks, s.Replications, s.Seed));
        Assert.Equal(["team.size", "incidents.novelty", "incidents.profile"], s.Parameters.Select(p => p.Name));
        Assert.Equal(1, s.Parameters[2].Value); // "ramp" is choice index 1
        Assert.Equal(["command", "inquiry+rotation"], s.Policies.Select(p => p.Name));
        Assert.Equal("inquiry", s.Policies[1].Preset);
    }

    [Fact]
    public void Parameters_apply_in_order_defaults_scenario_preset_policy_then_overrides()
    {
        Scenario s = Loader.LoadText(Valid, "demo.json");
        s = Loader.Resolver.ApplyOverrides(s, new ScenarioOverrides(Sets: ["incidents.novelty=0.9"]));
        ResolvedScenario r = Loader.Resolver.Resolve(s);
        Assert.Equal(6, r.Policies[0].Parameters["team.size"]);
        Assert.Equal(TeamPolicies.Presets["command"]["leader.inquiry"], r.Policies[0].Parameters["leader.inquiry"]);
        Assert.Equal(TeamPolicies.Presets["inquiry"]["leader.inquiry"], r.Policies[1].Parameters["leader.inquiry"]);
        Assert.Equal(50, r.Policies[1].Parameters["practices.rotation_interval"]);
        Assert.Equal(0, r.Policies[0].Parameters["practices.rotation_interval"]);
        Assert.Equal(0.9, r.Policies[0].Parameters["incidents.novelty"]);
        Assert.Equal(0.9, r.Policies[1].Parameters["incidents.novelty"]);
    }

    [Theory]
    [InlineData("""{ "name": "x", """, "bad.json: line 1, position 16: malformed JSON: Expected start of a property name or value", "reached end of data")]
    [InlineData("{\n  \"ticks\": 3,\n}", "bad.json: line 3, position 1: malformed JSON:", "trailing comma")]
    [InlineData("", "bad.json: $: the file is empty", "expected a JSON object")]
    [InlineData("""{ "tem": 1 }""", "bad.json: $.tem: unknown key 'tem'", "allowed keys: name, description, model")]
    [InlineData("""{ "tiks": 1 }""", "bad.json: $.tiks: unknown key 'tiks'", "did you mean 'ticks'")]
    [InlineData("""{ "ticks": "many" }""", "bad.json: $.ticks: must be an integer in [1, 10000000]", "got \"many\"")]
    [InlineData("""{ "replications": -5 }""", "bad.json: $.replications: must be an integer", "got -5")]
    [InlineData("""{ "parameters": { "team.size": -3 } }""", "bad.json: $.parameters.team.size: must be an integer in [2, 100000]", "got -3")]
    [InlineData("""{ "parameters": { "team": { "size": 2.5 } } }""", "bad.json: $.parameters.team.size: must be an integer", "got 2.5")]
    [InlineData("""{ "parameters": { "leader.inquiry": "high" } }""", "bad.json: $.parameters.leader.inquiry: must be a number in [0, 1]", "got \"high\"")]
    [InlineData("""{ "parameters": { "leader.inquiry": 1.5 } }""", "bad.json: $.parameters.leader.inquiry: must be a number in [0, 1]", "got 1.5")]
    [InlineData("""{ "parameters": { "leader.inquiri": 0.5 } }""", "bad.json: $.parameters.leader.inquiri: unknown parameter", "did you mean 'leader.inquiry'")]
    [InlineData("""{ "parameters": { "incidents": { "profile": "rampp" } } }""", "bad.json: $.parameters.incidents.profile: must be one of constant, ramp, waves, shock", "did you mean 'ramp'")]
    [InlineData("""{ "parameters": { "errors.protocol": 1 } }""", "bad.json: $.parameters.errors.protocol: must be true or false", "got 1")]
    [InlineData("""{ "policies": ["command", "inquiri"] }""", "bad.json: $.policies[1]: unknown policy 'inquiri'", "did you mean 'inquiry'")]
    [InlineData("""{ "policies": [{ "name": "a", "preset": "comand" }] }""", "bad.json: $.policies[0].preset: unknown preset 'comand'", "did you mean 'command'")]
    [InlineData("""{ "policies": ["command", "command"] }""", "bad.json: $.policies[1]: policy name 'command' is used twice", "")]
    [InlineData("""{ "policies": [] }""", "bad.json: $.policies: must list 1 to 64 policies", "got 0")]
    [InlineData("""{ "name": "../../etc" }""", "bad.json: $.name: must be 1-64 letters", "no '..'")]
    [InlineData("""{ "policies": [{ "name": "=cmd()" }] }""", "bad.json: $.policies[0].name: must be 1-64 letters", "")]
    [InlineData("""{ "model": "teem" }""", "bad.json: $.model: unknown model 'teem'", "did you mean 'team'")]
    [InlineData("""[1, 2]""", "bad.json: $: a scenario must be a JSON object", "")]
    public void Bad_scenarios_get_one_line_errors_naming_file_and_path(string json, string expected, string alsoExpected)
    {
        var e = Assert.Throws<InputException>(() => Loader.LoadText(json, "bad.json"));
        string line = e.Problems[0];
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var e = Assert.Throws<InputException>(() => Loader.LoadText("""{ "tiks": 5, "parameters": { "team.size": 1 } }""", "bad.json"));
        Assert.Equal(2, e.Problems.Count);
    }

    [Fact]
    public void Nesting_deeper_than_the_bound_is_refused()
    {
        string deep = "{ \"parameters\": " + string.Concat(Enumerable.Repeat("{ \"a\": ", 40)) + "1" + new string('}', 41);
        var e = Assert.Throws<InputException>(() => Loader.LoadText(deep, "deep.json"));
        Assert.Contains("malformed JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("depth", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Files_larger_than_the_bound_are_refused_before_parsing()
    {
        string path = Path.Combine(Path.GetTempPath(), $"teamsim-big-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{\"description\": \"" + new string('x', (int)ScenarioLoader.MaxFileBytes) + "\"}");
            var e = Assert.Throws<InputException>(() => Loader.LoadFile(path));
            Assert.Contains("at most", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_and_an_unknown_built_in_name_are_reported()
    {
        var missing = Assert.Throws<InputException>(() => Loader.Load("no/such/file.json"));
        Assert.Equal("no/such/file.json: file not found", missing.Message);
        var unknown = Assert.Throws<InputException>(() => Loader.Load("clasroom"));
        Assert.Contains("did you mean 'classroom'", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nosuch.param=3", "--set nosuch.param=3: unknown parameter 'nosuch.param'")]
    [InlineData("leader.inquiri=0.3", "did you mean 'leader.inquiry'")]
    [InlineData("team.size=-3", "--set team.size=-3: team.size: must be an integer in [2, 100000], got -3")]
    [InlineData("team.size=abc", "must be an integer in [2, 100000], got 'abc'")]
    [InlineData("novelty", "--set novelty: expected path=value")]
    public void Bad_set_overrides_name_the_option(string assignment, string expected)
    {
        Scenario s = Loader.LoadText(Valid, "demo.json");
        var e = Assert.Throws<InputException>(() => Loader.Resolver.ApplyOverrides(s, new ScenarioOverrides(Sets: [assignment])));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_counts_and_policies_are_checked()
    {
        Scenario s = Loader.LoadText(Valid, "demo.json");
        Assert.Contains("--replications: must be an integer in [1, 1000000], got -5",
            Assert.Throws<InputException>(() => Loader.Resolver.ApplyOverrides(s, new ScenarioOverrides(Replications: -5))).Message, StringComparison.Ordinal);
        Assert.Contains("--ticks", Assert.Throws<InputException>(() => Loader.Resolver.ApplyOverrides(s, new ScenarioOverrides(Ticks: 0))).Message, StringComparison.Ordinal);
        Assert.Contains("--policy nosuchpolicy: unknown policy",
            Assert.Throws<InputException>(() => Loader.Resolver.ApplyOverrides(s, new ScenarioOverrides(Policies: ["nosuchpolicy"]))).Message, StringComparison.Ordinal);

        Scenario kept = Loader.Resolver.ApplyOverrides(s, new ScenarioOverrides(Replications: 9, Policies: ["crisis-command", "command"]));
        Assert.Equal(9, kept.Replications);
        Assert.Equal(["crisis-command", "command"], kept.Policies.Select(p => p.Name));
    }

    [Fact]
    public void A_parameter_combination_the_model_rejects_is_bad_input()
    {
        Scenario s = Loader.LoadText("""{ "parameters": { "incidents.difficulty_min": 0.9, "incidents.difficulty_max": 0.1 }, "policies": ["command"] }""", "x.json");
        ResolvedScenario r = Loader.Resolver.Resolve(s);
        var e = Assert.Throws<InputException>(() => ScenarioResolver.CheckModelAccepts(r));
        Assert.StartsWith("x.json: policy 'command': incidents.difficulty_min", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_teams_are_refused_up_front_with_estimate_and_limit()
    {
        Scenario s = Loader.LoadText("""{ "parameters": { "team.size": 100000 }, "policies": ["command"] }""", "big.json");
        ResourceEstimate estimate = ResourceEstimate.For(Loader.Resolver.Resolve(s), 2, events: false);
        var e = Assert.Throws<InputException>(() => estimate.EnsureWithin(ResourceEstimate.DefaultMemoryLimitBytes, ResourceEstimate.DefaultMemberTickLimit, "big.json"));
        Assert.Matches(@"big\.json: this run would need about [0-9.]+ GiB of memory, over the limit of 4 GiB", e.Message);
        estimate.EnsureWithin(double.MaxValue, double.MaxValue, "big.json"); // raising the limits lets it through
    }

    [Fact]
    public void Too_many_member_ticks_are_refused_up_front()
    {
        Scenario s = Loader.LoadText("""{ "parameters": { "team.size": 1000 }, "ticks": 10000000, "replications": 1000, "policies": ["command"] }""", "long.json");
        ResourceEstimate estimate = ResourceEstimate.For(Loader.Resolver.Resolve(s), 1, events: false);
        var e = Assert.Throws<InputException>(() => estimate.EnsureWithin(double.MaxValue, ResourceEstimate.DefaultMemberTickLimit, "long.json"));
        Assert.Contains("member-ticks, over the limit", e.Message, StringComparison.Ordinal);
    }
}
