using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Report;

namespace TeamSim.Output.Tests.Report;

/// <summary>A small classroom run with the real team model (12 replications), its results folder and report.html, shared by the report tests.</summary>
public sealed class ClassroomReportFixture : IDisposable
{
    public ClassroomReportFixture()
    {
        var loader = new ScenarioLoader(BuiltInModels.Catalog);
        Scenario scenario = loader.Resolver.ApplyOverrides(loader.Load("classroom"), new ScenarioOverrides(12, null, null, [], []));
        ResolvedScenario resolved = loader.Resolver.Resolve(scenario);
        Result = ReplicationRunner.Run(resolved, new RunnerOptions(2, false));
        Folder = TestResults.NewFolder();
        ResultWriter.Write(Result, TestResults.Request(Folder));
        ReportPath = ReportWriter.Write(Folder, BuiltInModels.Catalog);
        Html = File.ReadAllText(ReportPath);
    }

    public ExperimentResult Result { get; }

    public string Folder { get; }

    public string ReportPath { get; }

    public string Html { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
