using System.Diagnostics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Manifest;
using TeamSim.Output.Report;

namespace TeamSim.Output.Pipeline;

/// <summary>
/// One scenario run from request to results folder, for every caller (<c>teamsim run</c>, <c>teamsim classroom</c>):
/// load the scenario, apply the overrides, resolve it, check the resource estimate, run every policy and
/// replication, write the CSV files, plots and manifest, add report.html, and move the folder into place.
/// </summary>
/// <remarks>
/// Two steps, so a caller can say what will run between them: <see cref="Prepare"/> checks everything
/// and writes nothing; <see cref="Execute"/> runs and writes. The folder appears complete or not at all
/// (<see cref="OutputFolder"/>): on cancellation or failure the temporary folder is removed.
/// </remarks>
public static class RunPipeline
{
    /// <summary>The folder under which default results folders go, <c>results/&lt;scenario&gt;/</c>.</summary>
    public const string ResultsRoot = "results";

    /// <summary>Validates <paramref name="request"/> completely and chooses the results folder; writes nothing.</summary>
    /// <exception cref="Experiments.InputException">The scenario, an override, the resource limits or the target folder is not acceptable.</exception>
    public static RunPlan Prepare(RunRequest request, ModelCatalog models)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loader = new ScenarioLoader(models);
        Scenario loaded = loader.Load(request.Scenario);
        Scenario effective = loader.Resolver.ApplyOverrides(loaded, request.Overrides);
        ResolvedScenario resolved = loader.Resolver.Resolve(effective);
        var runner = new RunnerOptions(request.Threads, request.Events);
        ResourceEstimate.For(resolved, runner.EffectiveThreads, runner.Events)
            .EnsureWithin(request.MaxMemoryGb * 1024 * 1024 * 1024, request.MaxMemberTicks, effective.Source);
        ScenarioResolver.CheckModelAccepts(resolved);

        // A default folder is TeamSim's choice: if a concurrent run takes it first, the results
        // go to the next free suffix when they are moved into place (OutputFolder.Commit).
        bool defaultFolder = request.Out is null;
        string target = request.Out ?? StudyFolders.Stamped(Path.Combine(ResultsRoot, effective.Name), request.StartedUtc);
        if (!defaultFolder)
        {
            OutputFolder.CheckTarget(target, request.Force);
        }

        return new RunPlan(request, effective, resolved, runner, target, defaultFolder, models);
    }

    /// <summary>Runs <paramref name="plan"/> and writes its results folder.</summary>
    /// <param name="plan">A plan from <see cref="Prepare"/>.</param>
    /// <param name="progress">Told the number of finished runs; may be null.</param>
    /// <param name="cancel">Cancels the run: nothing is written (the temporary folder is removed), or, once the folder is in place, the run completes.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled before the folder was in place.</exception>
    /// <exception cref="RunFailedException">A replication failed.</exception>
    public static RunOutcome Execute(RunPlan plan, IProgress<int>? progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        RunRequest request = plan.Request;
        using OutputFolder folder = OutputFolder.Begin(plan.Target, request.Force, plan.DefaultFolder);
        var clock = Stopwatch.StartNew();
        ExperimentResult result = ReplicationRunner.Run(plan.Resolved, plan.Runner, progress, cancel);
        double simulate = clock.Elapsed.TotalSeconds;
        var output = new OutputRequest(plan.Target, request.Force, request.Plots, plan.Runner.Events, plan.Runner.EffectiveThreads, request.StartedUtc, simulate, request.CommandLine);
        cancel.ThrowIfCancellationRequested();
        PhaseTimings timings = ResultWriter.WriteFiles(result, folder, output);
        cancel.ThrowIfCancellationRequested();
        if (request.Plots)
        {
            // Written inside the temporary folder, so the folder appears with its report or not at all.
            ReportWriter.Write(folder.TempPath, plan.Models, shownFolder: folder.Target);
        }

        cancel.ThrowIfCancellationRequested();
        string final = folder.Commit();
        string? report = request.Plots ? Path.Combine(final, ReportWriter.FileName) : null;
        return new RunOutcome(plan, result, timings, final, final != folder.Target, report);
    }
}
