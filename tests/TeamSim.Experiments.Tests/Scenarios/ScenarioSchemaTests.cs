using System.Text.Json;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
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
