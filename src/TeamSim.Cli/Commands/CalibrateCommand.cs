using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output;
using TeamSim.Output.Calibration;
using TeamSim.Output.Manifest;
using TeamSim.Output.Pipeline;

namespace TeamSim.Cli.Commands;

/// <summary>
/// <c>teamsim calibrate</c>: fits factors of a scenario to target values of run metrics by ABC-SMC,
/// saving each generation as it finishes (resumable), and writes posterior.csv, calibration.json,
/// posterior plots and manifest.json.
/// </summary>
public static class CalibrateCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var file = new Argument<string>("calibration") { Description = "A calibration file (.json): base scenario, policy, factors (priors), targets, replications, seed, method (see docs/EXPERIMENTS.md)." };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted calibration from its last finished generation: in --out, or else in the newest unfinished folder of this calibration." };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Results folder. Default: a new results/calibrations/<name>/<yyyyMMdd-HHmmss>/ (with --resume: the newest unfinished one there)."),
            Threads = CommonOptions.ThreadsOption(),
            Force = CommonOptions.ForceOption("Delete an earlier calibration in --out (TeamSim's files only) and start over."),
            Quiet = CommonOptions.QuietOption(),
            MaxMemoryGb = CommonOptions.MaxMemoryGbOption("calibrations"),
            MaxMemberTicks = CommonOptions.MaxMemberTicksOption("calibrations", "members x ticks x replications x particles simulated"),
        };
        var command = new Command(
            "calibrate",
            "Fit a model to observed patterns: approximate Bayesian computation by sequential Monte Carlo (ABC-SMC with adaptive tolerances, Lenormand et al. 2013). " +
            "Each factor's prior is uniform on its range (log-uniform with scale: log); each particle runs the policy for the file's replications, and its distance is " +
            "sqrt(sum(((mean - value) / sd)^2)) over the targets. Every generation is saved as it finishes, so after a crash, kill or Ctrl+C '--resume' continues " +
            "from the last one. Writes posterior.csv, calibration.json (quantiles, predictive intervals, generations, and a check: the posterior median re-run with " +
            "10x the replications), posterior plots and manifest.json; byte-identical for any --threads and after a resume.\n\n" +
            "Examples:\n" +
            "  teamsim calibrate scenarios/calibrations/blame-from-reporting.json\n" +
            "  teamsim calibrate scenarios/calibrations/classroom-three-factors.json --out results/three --threads 8\n" +
            "  teamsim calibrate scenarios/calibrations/classroom-three-factors.json --resume\n\n" +
            "Exit codes: 0 done, 1 a run failed, 2 bad input, 130 interrupted (resumable).");
        command.Add(file);
        foreach (Option option in new Option[] { common.Out!, common.Threads!, resume, common.Force!, common.Quiet!, common.MaxMemoryGb!, common.MaxMemberTicks! })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            var started = DateTimeOffset.UtcNow;
            CommonValues values = common.Read(parse);
            bool isResume = parse.GetValue(resume);
            bool isForce = values.Force;
            bool isQuiet = values.Quiet;
            if (isResume && isForce)
            {
                throw new InputException("--resume and --force contradict each other: continue, or start over");
            }

            // Everything is validated and sized before anything is written.
            string path = parse.GetValue(file)!;
            CalibrationDefinition definition = CalibrationLoader.WithScenarioBases(new ScenarioLoader(models)).LoadFile(path);
            int effectiveThreads = values.Threads > 0 ? values.Threads : Environment.ProcessorCount;
            if (definition.SizeProblem(values.MaxMemoryGb * 1024 * 1024 * 1024, values.MaxMemberTicks, effectiveThreads) is string tooLarge)
            {
                throw new InputException(tooLarge);
            }

            string target = values.Out ?? DefaultFolder(definition.Name, isResume, started);
            if (values.Out is null && isResume && !isQuiet)
            {
                stdout.WriteLine($"Resuming {target}: the newest unfinished run of calibration '{definition.Name}'");
            }

            CalibrationFolder folder = CalibrationFolder.Prepare(target, definition, isResume, isForce);
            if (folder.IsComplete)
            {
                stdout.WriteLine($"{target}: this calibration is already complete; nothing to run");
                return ExitCodes.Ok;
            }

            int before = folder.Completed().Count;
            if (!isQuiet)
            {
                CalibrationMethod m = definition.Method;
                string resumed = before > 0 ? $"; continuing after generation {before}" : string.Empty;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{definition.Name}: {Counted.Of(definition.Factors.Count, "factor")} ({string.Join(", ", definition.Factors.Select(f => f.Name))}), {Counted.Of(definition.Targets.Count, "target")}, policy {definition.Policy.Name}; {m.Particles} particles ({m.Simulated} simulated first, then {m.NewPerGeneration} a generation) x {Counted.Of(definition.Replications, "replication")} x {Counted.Of(definition.Ticks, "tick")}, up to {Counted.Of(m.Generations, "generation")}; {Counted.Of(effectiveThreads, "thread")}{resumed}"));
            }

            var ctrlC = new CtrlC();
            var clock = Stopwatch.StartNew();
            CalibrationOutcome outcome;
            CalibrationCheck check;
            try
            {
                using (var bar = new ProgressBar((int)Math.Min(int.MaxValue, definition.MaxTotalRuns), ProgressBar.TerminalOrNull(stderr, isQuiet)))
                {
                    var progress = new Progress(bar);
                    outcome = AbcSmc.Run(definition, folder, effectiveThreads, progress, ctrlC.Token);
                    long runs = outcome.Runs;
                    CalibrationSummary summary = CalibrationSummary.Of(definition, outcome.Posterior);
                    check = CalibrationCheck.Run(definition, summary.Medians, effectiveThreads, n => progress.Report(Interlocked.Add(ref runs, n)), ctrlC.Token);
                }

                ctrlC.Token.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (ctrlC.IsPressed)
            {
                stderr.WriteLine($"interrupted; finished generations are kept in {Path.Combine(target, CalibrationFolder.PartialDirectory)}; continue with: {ContinueCommand(path, target)}");
                return ExitCodes.Interrupted;
            }
            finally
            {
                ctrlC.Dispose();
            }

            double simulate = clock.Elapsed.TotalSeconds;
            var request = new OutputRequest(target, false, Plots: true, Events: false, effectiveThreads, started, simulate, parse.Tokens.Select(t => t.Value).ToArray());
            PhaseTimings timings = CalibrationWriter.Write(folder, definition, outcome, check, request);
            if (!isQuiet)
            {
                WriteResults(definition, outcome, check, stdout);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{outcome.RunsExecuted + check.Replications} runs in {timings.SimulateSeconds:0.0} s; wrote {Path.GetFullPath(target)}: posterior.csv, calibration.json, plots/, manifest.json"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The folder under which a calibration's default folders go: <c>results/calibrations/&lt;name&gt;/</c>.</summary>
    public static string DefaultParent(string calibrationName) => Path.Combine(RunPipeline.ResultsRoot, "calibrations", calibrationName);

    /// <summary>
    /// The folder of a calibration run without <c>--out</c>: a new one claimed under <see cref="DefaultParent"/>, or with
    /// <paramref name="resume"/> the newest unfinished one there.
    /// </summary>
    /// <exception cref="InputException">Resuming, but there is no unfinished folder of this calibration.</exception>
    internal static string DefaultFolder(string calibrationName, bool resume, DateTimeOffset started) =>
        StudyFolders.ForStudy(
            DefaultParent(calibrationName), started, CalibrationFolder.PartialDirectory, resume, CalibrationFolder.IsUnfinished, $"calibration '{calibrationName}'");

    /// <summary>The exact command that continues an interrupted calibration in <paramref name="target"/>.</summary>
    internal static string ContinueCommand(string calibrationFile, string target) =>
        ShellWords.Join(["teamsim", "calibrate", calibrationFile, "--out", target, "--resume"]);

    private static void WriteResults(CalibrationDefinition definition, CalibrationOutcome outcome, CalibrationCheck check, TextWriter stdout)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        CalibrationGeneration last = outcome.Generations[^1];
        stdout.WriteLine(string.Create(inv,
            $"  {Counted.Of(outcome.Generations.Count, "generation")} ({(outcome.StopReason == "min_acceptance" ? "acceptance rate fell to the minimum" : "the most generations")}); final tolerance {last.Tolerance:0.###}"));
        CalibrationSummary summary = CalibrationSummary.Of(definition, outcome.Posterior);
        foreach (CalibrationFactorSummary f in summary.Factors)
        {
            stdout.WriteLine(string.Create(inv,
                $"  {f.Factor.Name}: median {f.Q50:0.####}, 90% interval [{f.Q05:0.####}, {f.Q95:0.####}] (prior [{f.Factor.Min:0.####}, {f.Factor.Max:0.####}])"));
        }

        stdout.WriteLine(string.Create(inv, $"  check at the posterior median, {check.Replications} replications:"));
        foreach (CalibrationCheckTarget t in check.Targets)
        {
            string interval = double.IsFinite(t.CiLow) ? string.Create(inv, $" [{t.CiLow:0.####}, {t.CiHigh:0.####}]") : $" (n = {t.N}, no interval)";
            stdout.WriteLine(string.Create(inv, $"    {t.Metric}: predicted {t.Mean:0.####}{interval}, target {t.Value:0.####} (sd {t.Sd:0.####}; z = {t.Z:0.##})"));
        }
    }

    /// <summary>Forwards a run count to the progress bar.</summary>
    private sealed class Progress(ProgressBar bar) : IProgress<long>
    {
        public void Report(long value) => bar.Report((int)Math.Min(int.MaxValue, value));
    }
}
