using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Ablation;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output;
using TeamSim.Output.Ablation;
using TeamSim.Output.Manifest;
using TeamSim.Output.Pipeline;

namespace TeamSim.Cli.Commands;

/// <summary>
/// <c>teamsim ablate</c>: runs a scenario unchanged and once per ablation switch of its model (and per
/// <c>--vary</c>), with the same seeds, and writes ablations.csv, forest plots and a manifest.
/// </summary>
public static class AblateCommand
{
    /// <summary>Builds the command for the models of <paramref name="models"/>.</summary>
    public static Command Create(ModelCatalog models)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file (.json) or a built-in scenario name (see 'teamsim scenarios')." };
        var vary = new Option<string[]>("--vary") { Description = "An extra variant: set a parameter for every policy, validated like run's --set: --vary leader.inquiry_delay=0 (repeatable; one variant each).", AllowMultipleArgumentsPerToken = false };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications per policy and variant (overrides the scenario)." };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed (overrides the scenario); every variant uses it." };
        var ticks = new Option<int?>("--ticks", "-t") { Description = "Horizon in ticks (overrides the scenario)." };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Results folder. Default: a new results/<scenario>-ablate/<yyyyMMdd-HHmmss>/. An existing non-empty folder is refused without --force."),
            Threads = CommonOptions.ThreadsOption(),
            Force = CommonOptions.ForceOption("Replace the contents of a non-empty --out folder of earlier TeamSim results."),
            Quiet = CommonOptions.QuietOption(),
            MaxMemoryGb = CommonOptions.MaxMemoryGbOption("studies"),
            MaxMemberTicks = CommonOptions.MaxMemberTicksOption("studies", "members x ticks x replications x policies x (variants + 1)"),
        };

        var command = new Command(
            "ablate",
            "Does a conclusion depend on one mechanism? Run every policy of a scenario unchanged (the baseline) and once with each ablation switch of its model turned on (ablate.*), plus one variant per --vary; replication r uses the same random numbers in every variant, so differences are paired. Writes ablations.csv (variant x policy x metric: paired difference, 95% CI, relative change, whether the policy ranking flips), forest plots and manifest.json.\n\n" +
            "Examples:\n" +
            "  teamsim ablate classroom --replications 50\n" +
            "  teamsim ablate escalating-crisis --vary leader.inquiry_delay=0 --vary incidents.novelty=0.1 --out results/crisis-ablate\n" +
            "  teamsim ablate my-march.json --vary p1=0.5");
        command.Add(scenario);
        foreach (Option option in new Option[] { vary, common.Out!, replications, seed, ticks, common.Threads!, common.Force!, common.Quiet!, common.MaxMemoryGb!, common.MaxMemberTicks! })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            var started = DateTimeOffset.UtcNow;
            CommonValues values = common.Read(parse);
            bool isQuiet = values.Quiet;
            int threadCount = values.Threads;
            double memoryGb = values.MaxMemoryGb;
            double memberTicks = values.MaxMemberTicks;

            // Everything is validated before anything runs or is written.
            var loader = new ScenarioLoader(models);
            Scenario loaded = loader.Load(parse.GetValue(scenario)!);
            Scenario effective = loader.Resolver.ApplyOverrides(loaded, new ScenarioOverrides(parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(ticks)));
            IReadOnlyList<AblationVariant> variants = AblationPlan.Variants(loader, effective, parse.GetValue(vary) ?? []);
            ResolvedScenario baseline = loader.Resolver.Resolve(effective);
            var runner = new RunnerOptions(threadCount);
            ResourceEstimate one = ResourceEstimate.For(baseline, runner.EffectiveThreads, events: false);

            // Variants run one after another; each keeps its per-run results and per-tick accumulators.
            double kept = baseline.Policies.Count * ((effective.Replications * baseline.Model.RunMetrics.Count * 8d) + (effective.Ticks * baseline.Model.TickMetrics.Count * 24d));
            new ResourceEstimate(one.Bytes + (variants.Count * kept), one.MemberTicks * (variants.Count + 1))
                .EnsureWithin(memoryGb * 1024 * 1024 * 1024, memberTicks, effective.Source);
            ScenarioResolver.CheckModelAccepts(baseline);
            foreach (AblationVariant variant in variants)
            {
                ScenarioResolver.CheckModelAccepts(AblationPlan.Resolve(loader, effective, variant));
            }

            string target = values.Out ?? StudyFolders.Stamped(Path.Combine(RunPipeline.ResultsRoot, effective.Name + "-ablate"), started);
            bool forced = values.Force;
            OutputFolder.CheckTarget(target, forced);

            int total = (variants.Count + 1) * baseline.Policies.Count * effective.Replications;
            if (!isQuiet)
            {
                stdout.WriteLine($"{effective.Name}: baseline and {Counted.Of(variants.Count, "variant")} ({string.Join(", ", variants.Select(v => v.Name))}) x {Counted.Of(baseline.Policies.Count, "policy", "policies")} x {Counted.Of(effective.Replications, "replication")} x {Counted.Of(effective.Ticks, "tick")}");
            }

            var clock = Stopwatch.StartNew();
            AblationResult study;
            using (var bar = new ProgressBar(total, ProgressBar.TerminalOrNull(stderr, isQuiet)))
            {
                study = AblationRunner.Run(loader, effective, variants, runner, bar);
            }

            double simulate = clock.Elapsed.TotalSeconds;
            var request = new OutputRequest(target, forced, Plots: true, Events: false, runner.EffectiveThreads, started, simulate, parse.Tokens.Select(t => t.Value).ToArray());
            (IReadOnlyList<AblationRow> rows, PhaseTimings timings) = AblationWriter.Write(study, request);
            if (!isQuiet)
            {
                WriteFlips(rows, stdout);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {Path.GetFullPath(target)} (simulate {timings.SimulateSeconds:0.0} s, write {timings.WriteSeconds:0.0} s, plots {timings.PlotSeconds:0.0} s)"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One line per key metric naming the variants under which the policy ranking flips.</summary>
    private static void WriteFlips(IReadOnlyList<AblationRow> rows, TextWriter stdout)
    {
        foreach (string metric in new[] { "total_damage" })
        {
            string[] flipped = rows.Where(r => r.Metric == metric && r.RankingFlips == true).Select(r => r.Variant).Distinct().ToArray();
            if (rows.Any(r => r.Metric == metric))
            {
                stdout.WriteLine(flipped.Length == 0
                    ? $"  {metric}: the policy ranking holds under every variant"
                    : $"  {metric}: the policy ranking flips under {string.Join(", ", flipped)}");
            }
        }
    }
}
