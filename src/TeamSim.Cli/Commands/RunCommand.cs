using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Analysis;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output;
using TeamSim.Output.Manifest;
using TeamSim.Output.Report;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim run</c>: runs every policy of a scenario for N replications and writes CSV files, plots and a manifest.</summary>
public static class RunCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    /// <param name="models">The models scenarios may use.</param>
    /// <param name="written">Called with the results folder once it is in place (a default folder's name is only known then).</param>
    public static Command Create(ModelCatalog models, Action<string>? written = null)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file (.json) or a built-in scenario name (see 'teamsim scenarios')." };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder. Default: a new results/<scenario>/<yyyyMMdd-HHmmss>/. An existing non-empty folder is refused without --force." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications per policy (overrides the scenario)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (overrides the scenario)." };
        var ticks = new Option<int?>("--ticks", "-t") { Description = "Horizon in ticks (overrides the scenario)." };
        var policy = new Option<string[]>("--policy", "-p") { Description = "Run only this policy (a scenario policy or a model preset); repeat for several.", AllowMultipleArgumentsPerToken = false };
        var set = new Option<string[]>("--set") { Description = "Set a parameter for every policy, after presets: --set incidents.novelty=0.6 (repeatable; see 'teamsim params')." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (0 = one per processor). Results do not depend on it.", DefaultValueFactory = _ => 0 };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the plots and report.html (CSV files and manifest only)." };
        var force = new Option<bool>("--force") { Description = "Replace the contents of a non-empty --out folder." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var events = new Option<bool>("--events") { Description = "Also write events.csv (who worked on what, errors, help, takeovers); large." };
        var maxMemory = new Option<double>("--max-memory-gb") { Description = "Refuse runs estimated to need more memory than this (GiB).", DefaultValueFactory = _ => ResourceEstimate.DefaultMemoryLimitBytes / (1024d * 1024 * 1024) };
        var maxWork = new Option<double>("--max-member-ticks") { Description = "Refuse runs of more member-ticks (members x ticks x replications x policies) than this.", DefaultValueFactory = _ => ResourceEstimate.DefaultMemberTickLimit };

        var command = new Command(
            "run",
            "Run every policy of a scenario for N replications (paired: replication r of every policy meets the same incidents and team) and write manifest.json, runs.csv, timeseries.csv, summary.csv, comparison.csv, plots/ and report.html.\n\n" +
            "Examples:\n" +
            "  teamsim run classroom\n" +
            "  teamsim run escalating-crisis --replications 400 --threads 8 --out results/crisis\n" +
            "  teamsim run scenarios/hospital-ward.json --policy inquiry --policy inquiry+protocol --no-plots\n" +
            "  teamsim run classroom --set leader.expertise=0.9 --set incidents.novelty=0");
        command.Add(scenario);
        foreach (Option option in new Option[] { output, replications, seed, ticks, policy, set, threads, noPlots, force, quiet, events, maxMemory, maxWork })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            var started = DateTimeOffset.UtcNow;
            bool isQuiet = parse.GetValue(quiet);
            int threadCount = OptionChecks.Threads(parse.GetValue(threads));

            double memoryGb = parse.GetValue(maxMemory);
            double memberTicks = parse.GetValue(maxWork);
            OptionChecks.ResourceLimits(memoryGb, memberTicks);

            // Everything is validated before anything is written.
            ScenarioLoader loader = new ScenarioLoader(models);
            Scenario loaded = loader.Load(parse.GetValue(scenario)!);
            var overrides = new ScenarioOverrides(
                parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(ticks), parse.GetValue(policy) ?? [], parse.GetValue(set) ?? []);
            Scenario effective = loader.ApplyOverrides(loaded, overrides);
            ResolvedScenario resolved = loader.Resolve(effective);
            var runner = new RunnerOptions(threadCount, parse.GetValue(events));
            ResourceEstimate.For(resolved, runner.EffectiveThreads, runner.Events)
                .EnsureWithin(memoryGb * 1024 * 1024 * 1024, memberTicks, effective.Source);
            ScenarioLoader.CheckModelAccepts(resolved);
            // A default folder is TeamSim's choice: if a concurrent run takes it first, the results
            // go to the next free suffix when they are moved into place (OutputFolder.Commit).
            bool unique = parse.GetValue(output) is null;
            string target = parse.GetValue(output) ?? DefaultFolder(effective.Name, started);
            bool forced = parse.GetValue(force);
            if (!unique)
            {
                OutputFolder.CheckTarget(target, forced);
            }

            int total = resolved.Policies.Count * effective.Replications;
            if (!isQuiet)
            {
                stdout.WriteLine($"{effective.Name}: {Counted.Of(resolved.Policies.Count, "policy", "policies")} x {Counted.Of(effective.Replications, "replication")} x {Counted.Of(effective.Ticks, "tick")} ({string.Join(", ", resolved.Policies.Select(p => p.Name))})");
            }

            // Ctrl+C (SIGINT) cancels: the temporary folder is deleted and nothing appears, or, once
            // the folder has been moved into place, the run completes. Never half a results folder.
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            ExperimentResult result;
            PhaseTimings timings;
            string final;
            bool elsewhere;
            string? report = null;
            try
            {
                using OutputFolder folder = OutputFolder.Begin(target, forced, unique);
                var clock = Stopwatch.StartNew();
                using (var bar = new ProgressBar(total, ProgressBar.TerminalOrNull(stderr, isQuiet)))
                {
                    result = ReplicationRunner.Run(resolved, runner, bar, cancel.Token);
                }

                double simulate = clock.Elapsed.TotalSeconds;
                var request = new OutputRequest(target, forced, !parse.GetValue(noPlots), runner.Events, runner.EffectiveThreads, started, simulate, parse.Tokens.Select(t => t.Value).ToArray());
                cancel.Token.ThrowIfCancellationRequested();
                timings = ResultWriter.WriteFiles(result, folder, request);
                cancel.Token.ThrowIfCancellationRequested();
                if (!parse.GetValue(noPlots))
                {
                    // Written inside the temporary folder, so the folder appears with its report or not at all.
                    ReportWriter.Write(folder.TempPath, models, shownFolder: folder.Target);
                }

                cancel.Token.ThrowIfCancellationRequested();
                final = folder.Commit();
                elsewhere = final != folder.Target;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                stderr.WriteLine($"interrupted; nothing was written to {target}");
                return ExitCodes.Interrupted;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }

            if (elsewhere && !unique)
            {
                stderr.WriteLine($"{target}: another process wrote this folder meanwhile; the results are in {final} instead");
            }

            if (!parse.GetValue(noPlots))
            {
                report = Path.Combine(final, ReportWriter.FileName);
            }

            written?.Invoke(final);
            if (!isQuiet)
            {
                WriteHeadline(result, stdout);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {final} (simulate {timings.SimulateSeconds:0.0} s, write {timings.WriteSeconds:0.0} s, plots {timings.PlotSeconds:0.0} s)"));
                if (report is not null)
                {
                    stdout.WriteLine($"Report: {report}");
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// A new folder results/NAME/yyyyMMdd-HHmmss (with -2, -3, ... if that exists). Another run may
    /// take the same name before this one finishes; <see cref="OutputFolder.Commit"/> then picks the next.
    /// </summary>
    public static string DefaultFolder(string scenarioName, DateTimeOffset started)
    {
        string stamp = started.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string folder = Path.Combine("results", scenarioName, stamp);
        for (int i = 2; Directory.Exists(folder) || File.Exists(folder); i++)
        {
            folder = Path.Combine("results", scenarioName, $"{stamp}-{i}");
        }

        return folder;
    }

    private static void WriteHeadline(ExperimentResult result, TextWriter stdout)
    {
        ResolvedScenario s = result.Scenario;
        string? first = null;
        foreach (string metric in new[] { "total_damage", "errors_reported", "final_psych_safety" })
        {
            int m = result.RunMetricIndex(metric);
            if (m < 0)
            {
                continue;
            }

            first ??= metric;

            var parts = new List<string>();
            for (int p = 0; p < s.Policies.Count; p++)
            {
                SampleSummary sum = SampleSummary.Of(result.RunMetric(p, m), s.Model.RunMetrics[m].Bounds);
                parts.Add(double.IsNaN(sum.CiLow)
                    ? string.Create(CultureInfo.InvariantCulture, $"{s.Policies[p].Name} {sum.Mean:0.###} (n = {sum.N}, no interval)")
                    : string.Create(CultureInfo.InvariantCulture, $"{s.Policies[p].Name} {sum.Mean:0.###} [{sum.CiLow:0.###}, {sum.CiHigh:0.###}]"));
            }

            stdout.WriteLine($"  {metric} (mean, 95% CI): {string.Join("; ", parts)}");
        }

        if (first is not null)
        {
            WritePaired(result, first, stdout);
        }
    }

    /// <summary>
    /// For heavy tails, one line per pair of policies (a before b): the median of b - a, and the share of
    /// paired replications in which b did better in the metric's direction (ties half) with its 95% Wilson interval.
    /// </summary>
    private static void WritePaired(ExperimentResult result, string metric, TextWriter stdout)
    {
        ResolvedScenario s = result.Scenario;
        int m = result.RunMetricIndex(metric);
        bool lowerIsBetter = s.Model.RunMetrics[m].LowerIsBetter;
        for (int a = 0; a < s.Policies.Count; a++)
        {
            for (int b = a + 1; b < s.Policies.Count; b++)
            {
                PairedContrast c = PairedContrast.Of(result.RunMetric(a, m), result.RunMetric(b, m));
                Superiority better = c.ProbabilityBetter(lowerIsBetter);
                string nameA = s.Policies[a].Name, nameB = s.Policies[b].Name;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {metric}, paired: median difference {nameB} - {nameA} {Grouped(c.MedianDifference)}; {nameB} better in {Percent(better.Probability)} of {c.N} replications [{Percent(better.CiLow)}, {Percent(better.CiHigh)}]"));
            }
        }
    }

    /// <summary>Whole numbers with thousands separators from 100 up (-12,345), three decimals at most below.</summary>
    private static string Grouped(double value) =>
        !double.IsFinite(value) ? "n/a" : value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.###", CultureInfo.InvariantCulture);

    private static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "n/a";
}
