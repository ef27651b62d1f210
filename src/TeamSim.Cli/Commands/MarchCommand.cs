using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TeamSim.Experiments;
using TeamSim.Experiments.March;
using TeamSim.Output;
using TeamSim.Output.Manifest;
using TeamSim.Output.March;
using TeamSim.Output.Pipeline;

namespace TeamSim.Cli.Commands;

/// <summary>
/// <c>teamsim march</c>: reproduces March's (1991) Figure 1 (equilibrium knowledge over p1 and p2)
/// and the open-system curves, prints the table and writes march.csv, march_open.csv, plots and a manifest.
/// </summary>
public static class MarchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var p1 = new Option<string?>("--p1") { Description = "Comma-separated socialisation rates in [0, 1]. Default: 0.1,0.2,...,0.9." };
        var p2 = new Option<string?>("--p2") { Description = "Comma-separated code learning rates in [0, 1]. Default: 0.1,0.5,0.9." };
        var iterations = new Option<int>("--iterations", "-n") { Description = "Independent closed-system runs per (p1, p2) cell.", DefaultValueFactory = _ => 10_000 };
        var openIterations = new Option<int>("--open-iterations") { Description = "Runs per open-system setting (turnover and turbulence over 100 periods); 0 skips them.", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Master seed.", DefaultValueFactory = _ => 1991 };
        var common = new CommonOptions
        {
            Out = CommonOptions.OutOption("Results folder. Default: a new results/march/<yyyyMMdd-HHmmss>/. An existing non-empty folder is refused without --force."),
            Threads = CommonOptions.ThreadsOption(),
            Force = CommonOptions.ForceOption(),
            Quiet = CommonOptions.QuietOption(),
        };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the plots (CSV files and manifest only)." };

        var command = new Command(
            "march",
            "Reproduce March's (1991) exploration/exploitation Figure 1 with Christensen's (2015) operational rules: average equilibrium knowledge of closed systems for each (p1, p2), with SD and 95% CI; plus open systems under turnover and turbulence. See docs/VALIDATION.md.\n\n" +
            "Examples:\n" +
            "  teamsim march                                   the full table, 10,000 runs a cell\n" +
            "  teamsim march --iterations 500 --out results/march-quick\n" +
            "  teamsim march --p1 0.1,0.5,0.9 --p2 0.9 --seed 7 --threads 2");
        foreach (Option option in new Option[] { p1, p2, iterations, openIterations, seed, common.Threads!, common.Out!, noPlots, common.Force!, common.Quiet! })
        {
            command.Add(option);
        }

        command.SetAction(CommandGuard.Wrap((parse, stdout, stderr) =>
        {
            var started = DateTimeOffset.UtcNow;
            CommonValues values = common.Read(parse);

            int runs = parse.GetValue(iterations);
            if (runs is < 1 or > 10_000_000)
            {
                throw new InputException($"--iterations: must be an integer in [1, 10000000], got {runs}");
            }

            int openRuns = parse.GetValue(openIterations);
            if (openRuns is < 0 or > 10_000_000)
            {
                throw new InputException($"--open-iterations: must be an integer in [0, 10000000], got {openRuns}");
            }

            int parallelism = values.Threads == 0 ? -1 : values.Threads;
            var options = new MarchFigure1Options(
                ParseRates(parse.GetValue(p1), "--p1", MarchFigure1Options.DefaultP1),
                ParseRates(parse.GetValue(p2), "--p2", MarchFigure1Options.DefaultP2),
                runs,
                parse.GetValue(seed),
                parallelism);
            bool unique = values.Out is null;
            string target = values.Out ?? StudyFolders.Stamped(Path.Combine(RunPipeline.ResultsRoot, "march"), started);
            bool forced = values.Force;
            if (!unique)
            {
                OutputFolder.CheckTarget(target, forced);
            }

            if (!values.Quiet)
            {
                string open = openRuns > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"; open systems {MarchOpenSystem.StandardSettings.Count} settings x {openRuns} runs x 100 periods")
                    : string.Empty;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"march1991: {options.P1.Count * options.P2.Count} cells x {runs} closed-system runs, seed {options.MasterSeed}{open}"));
            }

            // Ctrl+C (SIGINT) cancels, as in 'run': the temporary folder is deleted and nothing appears,
            // or, once the folder has been moved into place, the command completes. Never half a folder.
            var ctrlC = new CtrlC();
            IReadOnlyList<MarchFigure1Row> rows;
            PhaseTimings timings;
            string final;
            bool elsewhere;
            try
            {
                var clock = Stopwatch.StartNew();
                rows = MarchFigure1.Compute(options, ctrlC.Token);
                IReadOnlyList<MarchOpenSystemSeries> series = openRuns > 0
                    ? MarchOpenSystem.ComputeStandard(openRuns, options.MasterSeed, parallelism, cancellationToken: ctrlC.Token)
                    : [];
                double simulate = clock.Elapsed.TotalSeconds;

                int effectiveThreads = values.Threads == 0 ? Environment.ProcessorCount : values.Threads;
                var request = new MarchOutputRequest(target, forced, !parse.GetValue(noPlots), effectiveThreads, started, simulate, parse.Tokens.Select(t => t.Value).ToArray());
                ctrlC.Token.ThrowIfCancellationRequested();
                using OutputFolder folder = OutputFolder.Begin(target, forced, unique);
                timings = MarchOutputWriter.WriteFiles(options, rows, series, folder, request);
                ctrlC.Token.ThrowIfCancellationRequested();
                final = folder.Commit();
                elsewhere = final != folder.Target;
            }
            catch (OperationCanceledException) when (ctrlC.IsPressed)
            {
                stderr.WriteLine($"interrupted; nothing was written to {target}");
                return ExitCodes.Interrupted;
            }
            finally
            {
                ctrlC.Dispose();
            }

            if (elsewhere && !unique)
            {
                stderr.WriteLine($"{target}: another process wrote this folder meanwhile; the results are in {final} instead");
            }

            if (!values.Quiet)
            {
                WriteTable(rows, stdout);
                int capHits = rows.Sum(r => r.CapHits);
                if (capHits > 0)
                {
                    stdout.WriteLine($"  warning: {capHits} runs stopped at the safety cap before equilibrium (counted with their final code)");
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {final} (simulate {timings.SimulateSeconds:0.0} s, write {timings.WriteSeconds:0.0} s, plots {timings.PlotSeconds:0.0} s)"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Parses a comma-separated list of probabilities; null or empty gives the defaults.</summary>
    /// <exception cref="InputException">A value is not a number in [0, 1] or appears twice.</exception>
    internal static IReadOnlyList<double> ParseRates(string? text, string option, IReadOnlyList<double> defaults)
    {
        if (text is null)
        {
            return defaults;
        }

        var rates = new List<double>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) || !(rate >= 0 && rate <= 1))
            {
                throw new InputException($"{option}: '{part}' is not a number in [0, 1]; give a comma-separated list such as 0.1,0.5,0.9");
            }

            if (rates.Contains(rate))
            {
                throw new InputException($"{option}: {rate.ToString(CultureInfo.InvariantCulture)} appears twice");
            }

            rates.Add(rate);
        }

        return rates;
    }

    private static void WriteTable(IReadOnlyList<MarchFigure1Row> rows, TextWriter stdout)
    {
        stdout.WriteLine("    p1    p2  iterations  mean_knowledge      sd  ci95_low  ci95_high  mean_periods");
        foreach (MarchFigure1Row r in rows)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.P1,6:0.###}{r.P2,6:0.###}{r.Iterations,12}{r.MeanKnowledge,16:0.0000}{r.Sd,8:0.0000}{r.Ci95Low,10:0.0000}{r.Ci95High,11:0.0000}{r.MeanPeriods,14:0.0}"));
        }
    }
}
