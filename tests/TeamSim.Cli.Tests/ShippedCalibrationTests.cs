using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

public sealed class ShippedCalibrationTests
{
    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "scenarios", "calibrations"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static CalibrationDefinition Load(string file) =>
        CalibrationLoader.WithScenarioBases(new ScenarioLoader(BuiltInModels.Catalog)).LoadFile(Path.Combine(CliRunner.RepoRoot(), "scenarios", "calibrations", file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_calibration_file_loads_and_fits_the_default_limits(string file)
    {
        CalibrationDefinition definition = Load(file);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), definition.Name);
        Assert.Null(definition.SizeProblem(ResourceEstimate.DefaultMemoryLimitBytes, ResourceEstimate.DefaultMemberTickLimit, threads: 2));
    }

    [Fact]
    public void The_timed_calibration_uses_the_default_method_with_three_factors()
    {
        CalibrationDefinition definition = Load("classroom-three-factors.json");

        Assert.Equal(new CalibrationMethod(), definition.Method);
        Assert.Equal(3, definition.Factors.Count);
        Assert.Equal(110_200, definition.MaxTotalRuns);
    }
}
