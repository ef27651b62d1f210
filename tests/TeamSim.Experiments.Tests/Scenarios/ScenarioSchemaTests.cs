using System.Text.Json;
using Json.Schema;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
    // JsonSchema.Net registers schemas by $id globally, so the published schema is loaded once.
    private static readonly Lazy<JsonSchema> Published = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoRoot(), "scenarios", "scenario.schema.json"))));

    [Fact]
    public void The_committed_schema_equals_the_generated_one()
    {
        string generated = ScenarioSchema.Build(BuiltInModels.Catalog);
        string committed = File.ReadAllText(Path.Combine(RepoRoot(), "scenarios", "scenario.schema.json"));
        Assert.True(generated == committed, "scenarios/scenario.schema.json is stale: regenerate it with 'dotnet run --project src/TeamSim.Cli -- schema > scenarios/scenario.schema.json'");
    }

    [Fact]
    public void The_schema_lists_every_team_parameter_with_its_range()
    {
        using JsonDocument doc = JsonDocument.Parse(ScenarioSchema.Build(BuiltInModels.Catalog));
        JsonElement parameters = doc.RootElement.GetProperty("properties").GetProperty("parameters").GetProperty("properties");
        JsonElement size = parameters.GetProperty("team.size");
        Assert.Equal("integer", size.GetProperty("type").GetString());
        Assert.Equal(2, size.GetProperty("minimum").GetDouble());
        Assert.Equal("integer", parameters.GetProperty("team").GetProperty("properties").GetProperty("size").GetProperty("type").GetString());
    }

    [Fact]
    public void Every_built_in_scenario_file_is_valid_against_the_published_schema()
    {
        JsonSchema schema = Published.Value;
        string[] files = Directory.GetFiles(Path.Combine(RepoRoot(), "scenarios"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToArray();
        Assert.True(files.Length >= 6);
        foreach (string file in files)
        {
            EvaluationResults result = schema.Evaluate(JsonDocument.Parse(File.ReadAllText(file)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
        }
    }

    [Theory]
    [InlineData("""{ "tem": 1 }""")]
    [InlineData("""{ "parameters": { "team.size": 1 } }""")]
    [InlineData("""{ "parameters": { "team": { "sise": 8 } } }""")]
    [InlineData("""{ "policies": ["laissez-faire"] }""")]
    [InlineData("""{ "name": "../x" }""")]
    public void The_schema_rejects_what_the_loader_rejects(string json)
    {
        JsonSchema schema = Published.Value;
        Assert.False(schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        Assert.Throws<InputException>(() => ScenarioLoader.Default.LoadText(json, "x.json"));
    }

    internal static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "TeamSim.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
