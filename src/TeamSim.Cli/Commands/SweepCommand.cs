using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output;
using TeamSim.Output.Pipeline;
using TeamSim.Output.Sweeps;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim sweep</c>: runs a parameter study in parallel, streaming results to disk, resumable and shardable.</summary>
public static class SweepCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var sweepFile = new Argument<string>("sweep") { Description = "A sweep file (.json): base scenario, factors, design, replications, seed, metrics (see docs/EXPERIMENTS.md)." };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted sweep, running only the missing chunks: the one in --out, or without --out the newest unfinished one under results/sweeps/<name>/." };
        var shard = new Option<string?>("--shard") { Description = "Run only slice i of n (0-based, i/n, e.g. 3/8 for Slurm array task 3 of 8); join the slices with 'teamsim merge'." };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Results folder. Default: a new results/sweeps/<name>/<yyyyMMdd-HHmmss>/ (with --resume: the newest unfinished one there)."),
            Threads = CommonOptions.ThreadsOption(),
            Force = CommonOptions.ForceOption("Delete earlier sweep results in --out and start over."),
            Quiet = CommonOptions.QuietOption(),
        };
        var command = new Command(
            "sweep",
            "Run a parameter study: every design point x policy x replication, in parallel on all cores. Completed chunks of runs are saved as they finish, " +
            "so memory stays flat and after a crash or kill '--resume' runs only what is missing. The final runs.csv, summary.csv, errors.csv (failed runs) " +
            "and manifest.json are byte-identical for any --threads, for shards merged in any order, and after kill and resume.\n\n" +
            "Examples:\n" +
            "  teamsim sweep scenarios/sweeps/inquiry-blame-grid.json                  into results/sweeps/<name>/<time>/\n" +
            "  teamsim sweep scenarios/sweeps/inquiry-blame-grid.json --resume         continue the newest unfinished one\n" +
            "  teamsim sweep scenarios/sweeps/inquiry-blame-grid.json --out results/ib\n" +
            "  teamsim sweep scenarios/sweeps/sobol-team.json --out results/sobol --resume\n" +
            "  teamsim sweep scenarios/sweeps/sobol-team.json --out results/sobol-3 --shard 3/8\n\n" +
            "Exit codes: 0 all runs ok, 1 some runs failed (see errors.csv), 2 bad input, 130 interrupted (resumable).");
        command.Add(sweepFile);
        foreach (Option option in new Option[] { common.Out!, common.Threads!, resume, shard, common.Force!, common.Quiet! })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            var started = DateTimeOffset.UtcNow;
            CommonValues values = common.Read(parse);
            int threadCount = values.Threads;
            bool isQuiet = values.Quiet;

            SweepShard slice = SweepShard.Whole;
            if (parse.GetValue(shard) is string shardText)
            {
                slice = SweepShard.TryParse(shardText, out string? problem) ?? throw new InputException(problem!);
            }

            bool resuming = parse.GetValue(resume);
            if (resuming && values.Force)
            {
                throw new InputException("--resume and --force contradict each other: continue, or start over");
            }

            string file = parse.GetValue(sweepFile)!;
            SweepDefinition sweep = Load(models, file);
            SweepPlan plan = sweep.Plan;
            bool adaptive = plan.DesignSpec.IsAdaptive;
            if (adaptive && !slice.IsWhole)
            {
                throw new InputException($"--shard {slice}: a {plan.DesignSpec.Kind} design decides each round from the one before; run it whole");
            }

            string target = values.Out ?? DefaultFolder(sweep.Name, slice, resuming, started);
            if (values.Out is null && resuming && !isQuiet)
            {
                stdout.WriteLine($"Resuming {target}: the newest unfinished run of sweep '{sweep.Name}'");
            }

            SweepFolder folder = SweepFolder.Prepare(target, plan, sweep.Name, slice, resuming, values.Force);
            if (folder.IsComplete)
            {
                stdout.WriteLine($"{target}: this sweep is already complete; nothing to run");
                return (folder.Manifest.FailedRuns ?? SweepManifest.Read(Path.Combine(target, SweepFolder.ManifestFile)).FailedRuns ?? 0) > 0 ? ExitCodes.RunFailed : ExitCodes.Ok;
            }

            var options = new SweepRunOptions(threadCount, slice);
            (long first, long end) = slice.ChunkRange(plan.ChunkCount);
            long shardRuns = adaptive ? plan.RunLimit : Math.Min(plan.TotalRuns, end * plan.ChunkRuns) - Math.Min(plan.TotalRuns, first * plan.ChunkRuns);
            if (!isQuiet && adaptive)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{sweep.Name}: {plan.DesignSpec.Kind} design on {plan.DesignSpec.Metric}, initial grid {Counted.Of(plan.Points, "point")} x {Counted.Of(plan.Policies.Count, "policy", "policies")} x {Counted.Of(plan.Replications, "replication")} = {Counted.Of(plan.TotalRuns, "run")}, budget {Counted.Of(plan.RunLimit, "run")} of {Counted.Of(plan.Ticks, "tick")} in at most {Counted.Of(plan.DesignSpec.Rounds, "round")}; {Counted.Of(options.EffectiveThreads, "thread")}"));
            }
            else if (!isQuiet)
            {
                string part = slice.IsWhole ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; shard {slice} has {shardRuns} runs");
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{sweep.Name}: {plan.DesignSpec.Kind} design, {Counted.Of(plan.Points, "point")} x {Counted.Of(plan.Policies.Count, "policy", "policies")} x {Counted.Of(plan.Replications, "replication")} = {Counted.Of(plan.TotalRuns, "run")} of {Counted.Of(plan.Ticks, "tick")}{part}; {Counted.Of(options.EffectiveThreads, "thread")}"));
            }

            var ctrlC = new CtrlC();
            var clock = Stopwatch.StartNew();
            SweepRunOutcome outcome;
            SweepPlan final = plan;
            try
            {
                bool interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
                using var progress = isQuiet ? null : new SweepProgressPrinter(stderr, shardRuns, interactive);
                if (adaptive)
                {
                    BoundaryOutcome grown = BoundaryRunner.Run(plan, folder, options, progress, ctrlC.Token);
                    (outcome, final) = (grown.Runs, grown.Plan);
                }
                else
                {
                    outcome = SweepRunner.Run(plan, folder, options, progress, ctrlC.Token);
                }
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine($"interrupted; completed chunks are kept in {Path.Combine(target, SweepFolder.PartialDirectory)}; continue with: {ContinueCommand(file, target, slice)}");
                return ExitCodes.Interrupted;
            }
            finally
            {
                ctrlC.Dispose();
            }

            double seconds = clock.Elapsed.TotalSeconds;
            SweepManifest manifest = (adaptive ? folder.Completed(final) : folder).Finish() ?? throw new IOException("chunks are missing after the run");
            long failed = manifest.FailedRuns ?? 0;
            if (!isQuiet)
            {
                string resumed = outcome.RunsAlreadyDone > 0 ? $" ({outcome.RunsAlreadyDone} done before)" : string.Empty;
                if (adaptive)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the design chose {Counted.Of(final.Points, "point")} and {Counted.Of(final.TotalRuns, "run")}"));
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{outcome.RunsExecuted} runs in {seconds:0.0} s ({outcome.RunsExecuted / Math.Max(seconds, 1e-9):0.0} runs/s){resumed}"));
                stdout.WriteLine(slice.IsWhole
                    ? $"Wrote {Path.GetFullPath(target)}: runs.csv, summary.csv, manifest.json" + (failed > 0 ? ", errors.csv" : string.Empty) + $"; next: teamsim analyze {target}"
                    : $"Wrote shard {slice} to {Path.GetFullPath(target)}; when every shard is done: teamsim merge <shard folders...> --out DIR");
            }

            if (failed > 0)
            {
                stderr.WriteLine($"{failed} of {(slice.IsWhole ? final.TotalRuns : shardRuns)} runs failed; see {Path.Combine(target, slice.IsWhole ? SweepAssembler.ErrorsFile : SweepFolder.ChunksDirectory)}");
                return ExitCodes.RunFailed;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The folder under which a sweep's default folders go: <c>results/sweeps/&lt;name&gt;/</c>.</summary>
    public static string DefaultParent(string sweepName) => Path.Combine(RunPipeline.ResultsRoot, "sweeps", sweepName);

    /// <summary>
    /// The folder of a sweep run without <c>--out</c>: a new one claimed under <see cref="DefaultParent"/>, or with
    /// <paramref name="resume"/> the newest unfinished one there for the same <paramref name="slice"/>.
    /// </summary>
    /// <exception cref="InputException">Resuming, but there is no unfinished folder of this sweep.</exception>
    internal static string DefaultFolder(string sweepName, SweepShard slice, bool resume, DateTimeOffset started)
    {
        string part = slice.IsWhole ? string.Empty : $" (shard {slice})";
        return StudyFolders.ForStudy(
            DefaultParent(sweepName), started, SweepFolder.PartialDirectory, resume, dir => SweepFolder.IsUnfinished(dir, slice), $"sweep '{sweepName}'{part}");
    }

    /// <summary>The exact command that continues an interrupted sweep in <paramref name="target"/>.</summary>
    internal static string ContinueCommand(string sweepFile, string target, SweepShard slice)
    {
        var words = new List<string> { "teamsim", "sweep", sweepFile, "--out", target };
        if (!slice.IsWhole)
        {
            words.Add("--shard");
            words.Add(slice.ToString());
        }

        words.Add("--resume");
        return ShellWords.Join(words);
    }

    /// <summary>Loads a sweep file; its base is a scenario file (relative to the sweep file, then to the working folder) or a built-in name.</summary>
    public static SweepDefinition Load(ModelCatalog models, string path) =>
        SweepLoader.WithScenarioBases(new ScenarioLoader(models)).LoadFile(path);
}
