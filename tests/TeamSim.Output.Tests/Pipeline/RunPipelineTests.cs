using System.Security.Cryptography;
using TeamSim.Experiments;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Tests.Fakes;
using TeamSim.Output.Pipeline;

namespace TeamSim.Output.Tests.Pipeline;

public sealed class RunPipelineTests : IDisposable
{
    private const string Scenario = """{ "name": "fake", "ticks": 12, "replications": 6, "seed": 5, "policies": ["command", "inquiry"] }""";
    private readonly string _work = TestResults.NewFolder();

    public RunPipelineTests()
    {
        Directory.CreateDirectory(_work);
        File.WriteAllText(Path.Combine(_work, "fake.json"), Scenario);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private RunRequest Request(string folder) =>
        new(Path.Combine(_work, "fake.json"), DateTimeOffset.UnixEpoch, ["run", "fake.json"]) { Out = Path.Combine(_work, folder), Plots = false };

    private static Dictionary<string, string> CsvDigests(string folder) =>
        Directory.GetFiles(folder, "*.csv").ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Preparing_checks_the_request_and_writes_nothing()
    {
        RunRequest request = Request("out") with { Overrides = new ScenarioOverrides(Replications: 3, Sets: ["leader.inquiry=0.9"]) };

        RunPlan plan = RunPipeline.Prepare(request, FakeTeamModelFactory.Catalog());

        Assert.Equal(3, plan.Scenario.Replications);
        Assert.Equal(6, plan.TotalRuns);
        Assert.False(plan.DefaultFolder);
        Assert.Equal(["fake.json"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }

    [Fact]
    public void A_bad_override_is_refused_before_anything_is_written()
    {
        RunRequest request = Request("out") with { Overrides = new ScenarioOverrides(Sets: ["leader.inquiry=7"]) };

        var e = Assert.Throws<InputException>(() => RunPipeline.Prepare(request, FakeTeamModelFactory.Catalog()));

        Assert.Contains("leader.inquiry", e.Message, StringComparison.Ordinal);
        Assert.Equal(["fake.json"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }

    [Fact]
    public void Executing_writes_the_same_csv_bytes_as_the_runner_and_writer_called_directly_for_any_thread_count()
    {
        RunOutcome one = RunPipeline.Execute(RunPipeline.Prepare(Request("one") with { Threads = 1 }, FakeTeamModelFactory.Catalog()), null, CancellationToken.None);
        RunOutcome three = RunPipeline.Execute(RunPipeline.Prepare(Request("three") with { Threads = 3 }, FakeTeamModelFactory.Catalog()), null, CancellationToken.None);
        string direct = Path.Combine(_work, "direct");
        var loader = new ScenarioLoader(FakeTeamModelFactory.Catalog());
        ResultWriter.Write(
            Experiments.Running.ReplicationRunner.Run(loader.Resolver.Resolve(loader.Load(Path.Combine(_work, "fake.json"))), new Experiments.Running.RunnerOptions(2)),
            TestResults.Request(direct));

        Assert.Equal(Path.Combine(_work, "one"), one.Folder);
        Assert.False(one.MovedElsewhere);
        Assert.Null(one.Report);
        Assert.Equal(4, CsvDigests(one.Folder).Count);
        Assert.Equal(CsvDigests(direct), CsvDigests(one.Folder));
        Assert.Equal(CsvDigests(direct), CsvDigests(three.Folder));
    }

    [Fact]
    public void A_cancelled_run_leaves_no_folder_and_no_temporary_folder()
    {
        RunPlan plan = RunPipeline.Prepare(Request("cancelled"), FakeTeamModelFactory.Catalog());
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RunPipeline.Execute(plan, null, cancel.Token));

        Assert.Equal(["fake.json"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }
}
