using System.CommandLine;
using System.Globalization;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments.Analysis;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Pipeline;

namespace TeamSim.Cli.Commands;

/// <summary>
/// <c>teamsim run</c>: runs every policy of a scenario for N replications and writes CSV files, plots and a
/// manifest, through <see cref="RunPipeline"/>; <see cref="Execute"/> is shared with <c>teamsim classroom</c>.
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    /// <param name="models">The models scenarios may use.</param>
    public static Command Create(ModelCatalog models)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file (.json) or a built-in scenario name (see 'teamsim scenarios')." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications per policy (overrides the scenario)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (overrides the scenario)." };
        var ticks = new Option<int?>("--ticks", "-t") { Description = "Horizon in ticks (overrides the scenario)." };
        var policy = new Option<string[]>("--policy", "-p") { Description = "Run only this policy (a scenario policy or a model preset); repeat for several.", AllowMultipleArgumentsPerToken = false };
        var set = new Option<string[]>("--set") { Description = "Set a parameter for every policy, after presets: --set incidents.novelty=0.6 (repeatable; see 'teamsim params')." };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the plots and report.html (CSV files and manifest only)." };
        var events = new Option<bool>("--events") { Description = "Also write events.csv (who worked on what, errors, help, takeovers); large." };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Results folder. Default: a new results/<scenario>/<yyyyMMdd-HHmmss>/. An existing non-empty folder is refused without --force."),
            Threads = CommonOptions.ThreadsOption(),
            Force = CommonOptions.ForceOption(),
            Quiet = CommonOptions.QuietOption(),
            MaxMemoryGb = CommonOptions.MaxMemoryGbOption("runs"),
            MaxMemberTicks = CommonOptions.MaxMemberTicksOption("runs", "members x ticks x replications x policies"),
        };

        var command = new Command(
            "run",
            "Run every policy of a scenario for N replications (paired: replication r of every policy meets the same incidents and team) and write manifest.json, runs.csv, timeseries.csv, summary.csv, comparison.csv, plots/ and report.html.\n\n" +
            "Examples:\n" +
            "  teamsim run classroom\n" +
            "  teamsim run escalating-crisis --replications 400 --threads 8 --out results/crisis\n" +
            "  teamsim run scenarios/hospital-ward.json --policy inquiry --policy inquiry+protocol --no-plots\n" +
            "  teamsim run classroom --set leader.expertise=0.9 --set incidents.novelty=0");
        command.Add(scenario);
        foreach (Option option in new Option[] { common.Out!, replications, seed, ticks, policy, set, common.Threads!, noPlots, common.Force!, common.Quiet!, events, common.MaxMemoryGb!, common.MaxMemberTicks! })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            var started = DateTimeOffset.UtcNow;
            CommonValues values = common.Read(parse);
            var request = new RunRequest(parse.GetValue(scenario)!, started, parse.Tokens.Select(t => t.Value).ToArray())
            {
                Overrides = new ScenarioOverrides(
                    parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(ticks), parse.GetValue(policy) ?? [], parse.GetValue(set) ?? []),
                Out = values.Out,
                Force = values.Force,
                Plots = !parse.GetValue(noPlots),
                Events = parse.GetValue(events),
                Threads = values.Threads,
                MaxMemoryGb = values.MaxMemoryGb,
                MaxMemberTicks = values.MaxMemberTicks,
            };

            // Everything is validated before anything is written.
            RunPlan plan = RunPipeline.Prepare(request, models);
            return Execute(plan, values.Quiet, stdout, stderr).Code;
        }));
        return command;
    }

    /// <summary>
    /// Runs a prepared plan for a command: says what runs, shows progress on a terminal, turns Ctrl+C into
    /// "nothing was written" (exit 130), and prints the headline and where the results are.
    /// </summary>
    /// <returns>The exit code, and the outcome when the results were written.</returns>
    internal static (int Code, RunOutcome? Outcome) Execute(RunPlan plan, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        if (!quiet)
        {
            stdout.WriteLine($"{plan.Scenario.Name}: {Counted.Of(plan.Resolved.Policies.Count, "policy", "policies")} x {Counted.Of(plan.Scenario.Replications, "replication")} x {Counted.Of(plan.Scenario.Ticks, "tick")} ({string.Join(", ", plan.Resolved.Policies.Select(p => p.Name))})");
        }

        // Ctrl+C (SIGINT) cancels: the temporary folder is deleted and nothing appears, or, once
        // the folder has been moved into place, the run completes. Never half a results folder.
        var ctrlC = new CtrlC();
        RunOutcome outcome;
        try
        {
            using var bar = new ProgressBar(plan.TotalRuns, ProgressBar.TerminalOrNull(stderr, quiet));
            outcome = RunPipeline.Execute(plan, bar, ctrlC.Token);
        }
        catch (OperationCanceledException) when (ctrlC.IsPressed)
        {
            stderr.WriteLine($"interrupted; nothing was written to {plan.Target}");
            return (ExitCodes.Interrupted, null);
        }
        finally
        {
            ctrlC.Dispose();
        }

        if (outcome.MovedElsewhere && !plan.DefaultFolder)
        {
            stderr.WriteLine($"{plan.Target}: another process wrote this folder meanwhile; the results are in {outcome.Folder} instead");
        }

        if (!quiet)
        {
            WriteHeadline(outcome.Result, stdout);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {outcome.Folder} (simulate {outcome.Timings.SimulateSeconds:0.0} s, write {outcome.Timings.WriteSeconds:0.0} s, plots {outcome.Timings.PlotSeconds:0.0} s)"));
            if (outcome.Report is not null)
            {
                stdout.WriteLine($"Report: {outcome.Report}");
            }
        }

        return (ExitCodes.Ok, outcome);
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
