using System.Text.Json;
using TeamSim.Core.Team;
using TeamSim.Experiments.Designs;

namespace TeamSim.Experiments.Tests;

public sealed class JsonProblemReaderTests
{
    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Every_problem_is_one_line_with_source_and_path_and_all_are_thrown_together()
    {
        var problems = new JsonProblemReader("c.json");
        JsonElement root = Root("""{ "ticks": 0, "seed": -1, "particels": 5 }""");

        problems.UnknownKeys(root, "$", ["ticks", "seed", "particles"]);
        int ticks = problems.Integer(root, "ticks", 1, 100, 50);
        ulong seed = problems.UnsignedLong(root, "seed", 7);

        Assert.Equal((50, 7UL), (ticks, seed));
        InputException e = Assert.Throws<InputException>(problems.ThrowIfAny);
        Assert.Equal(
            [
                "c.json: $.particels: unknown key 'particels' (did you mean 'particles'?); allowed keys: ticks, seed, particles",
                "c.json: $.ticks: must be an integer in [1, 100], got 0",
                $"c.json: $.seed: must be an integer in [0, {ulong.MaxValue}], got -1",
            ],
            e.Problems);
    }

    [Fact]
    public void A_reader_without_problems_does_not_throw()
    {
        var problems = new JsonProblemReader("c.json");
        Assert.Equal(3, problems.RequiredInteger(Root("""{ "n": 3 }"""), "n", 1, 5));
        problems.ThrowIfAny();
        Assert.Equal(0, problems.Count);
    }

    [Fact]
    public void Factor_reader_reports_a_bad_range_at_its_path_and_keeps_the_good_factor()
    {
        var problems = new JsonProblemReader("c.json");
        JsonElement root = Root("""
            { "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1, "scale": "log" },
                           { "parameter": "leader.inquiry", "min": 0.1, "max": 0.9, "levels": 3 } ] }
            """);

        List<Factor> factors = FactorReader.ReadList(root, new TeamModelFactory().Parameters, problems);

        Assert.Equal(["leader.inquiry"], factors.Select(f => f.Name));
        Assert.Equal(["c.json: $.factors[0].min: a log scale needs min > 0, got 0"], problems.Lines);
    }
}
