using System.CommandLine;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Output.Sweeps;

namespace TeamSim.Cli.Commands;

/// <summary><c>teamsim analyze</c>: sensitivity indices and plots of a finished sweep.</summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command; <paramref name="models"/> tells which direction of each metric is better.</summary>
    public static Command Create(ModelCatalog models)
    {
        var folder = new Argument<string>("folder") { Description = "A finished (or merged) sweep folder." };
        var metric = new Option<string[]>("--metric", "-m") { Description = "Analyse this run metric (repeatable); default: every metric the sweep recorded." };
        var resamples = new Option<int>("--resamples") { Description = "Bootstrap resamples for the confidence intervals.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the bootstrap, so intervals are reproducible.", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "analyze",
            "Analyse a sweep folder into analysis/: Sobol' first-order and total indices (sobol design; second order when sampled) or Morris mu, mu*, sigma " +
            "(morris design), each with 95% bootstrap CIs, and plots: heat maps (two-factor grids), response curves with CI bands (one-factor grids), " +
            "Sobol' bars, Morris mu* vs sigma. With two or more policies also contrasts.csv (each later policy paired against the first at every point) " +
            "and regime maps (two-factor grids) or partial-dependence figures (other designs). Per-point means, sd and CIs are in the sweep's summary.csv.\n\n" +
            "Examples:\n  teamsim analyze results/sobol\n  teamsim analyze results/ib --metric total_damage --metric errors_reported");
        command.Add(folder);
        command.Add(metric);
        command.Add(resamples);
        command.Add(seed);
        command.SetAction(CommandGuard.Wrap((parse, stdout, _) =>
        {
            int b = parse.GetValue(resamples);
            if (b < 0 || b > 1_000_000)
            {
                throw new InputException($"--resamples: must be an integer in [0, 1000000], got {b}");
            }

            string dir = parse.GetValue(folder)!;
            IReadOnlyList<string> files = SweepAnalysis.Run(dir, parse.GetValue(metric) ?? [], new SensitivityOptions(b, 0.95, parse.GetValue(seed)), models);
            stdout.WriteLine(files.Count == 0
                ? $"{dir}: nothing to analyse beyond summary.csv for this design (plots need a one- or two-factor grid; indices a sobol or morris design)"
                : $"Wrote {Counted.Of(files.Count, "file")} to {Path.Combine(Path.GetFullPath(dir), SweepAnalysisFiles.Directory)}:");
            foreach (string f in files)
            {
                stdout.WriteLine("  " + f);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
