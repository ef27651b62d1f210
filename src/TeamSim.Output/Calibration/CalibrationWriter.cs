using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Designs;
using TeamSim.Output.Manifest;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Calibration;

/// <summary>
/// Writes the final files of a calibration: posterior.csv, calibration.json, the posterior plots and
/// manifest.json (whose <c>files</c> list names every file). They are written under
/// <c>.partial/final/</c> first and moved into the folder, the manifest last; then <c>.partial/</c> is
/// removed. An interrupt before that leaves an unfinished calibration that <c>--resume</c> finishes.
/// </summary>
public static class CalibrationWriter
{
    /// <summary>One row per posterior particle.</summary>
    public const string PosteriorFile = "posterior.csv";

    /// <summary>Quantiles, predictive intervals, generations and the check.</summary>
    public const string SummaryFile = "calibration.json";

    private const string Staging = "final";

    /// <summary>Writes every file into <paramref name="folder"/> and returns the phase timings.</summary>
    /// <param name="folder">The calibration's folder (its generations all finished).</param>
    /// <param name="definition">The calibration.</param>
    /// <param name="outcome">Its generations.</param>
    /// <param name="check">The check at the posterior median.</param>
    /// <param name="request">Plots, threads, start time, simulate seconds and command line (target, force and events are not used).</param>
    public static PhaseTimings Write(CalibrationFolder folder, CalibrationDefinition definition, CalibrationOutcome outcome, CalibrationCheck check, OutputRequest request)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(request);
        string staging = Path.Combine(folder.PartialPath, Staging);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        string PathFor(string relative) => OutputFolder.Combine(staging, relative);

        var clock = Stopwatch.StartNew();
        CalibrationSummary summary = CalibrationSummary.Of(definition, outcome.Posterior);
        WritePosterior(definition, outcome.Posterior, PathFor(PosteriorFile));
        WriteSummary(definition, outcome, summary, check, PathFor(SummaryFile));
        var files = new List<string> { ResultsManifest.FileName, PosteriorFile, SummaryFile };
        double write = clock.Elapsed.TotalSeconds;
        clock.Restart();
        if (request.Plots)
        {
            files.AddRange(CalibrationPlots.WriteAll(definition, outcome.Posterior, summary, PathFor));
        }

        var timings = new PhaseTimings(request.SimulateSeconds, write, clock.Elapsed.TotalSeconds);
        WriteManifest(PathFor(ResultsManifest.FileName), definition, files, timings, request);

        // Into place: every file but the manifest, then the manifest (the folder is finished once it is there).
        foreach (string file in files.Skip(1).Append(ResultsManifest.FileName))
        {
            File.Move(PathFor(file), OutputFolder.Combine(folder.Root, file), overwrite: true);
        }

        Directory.Delete(folder.PartialPath, recursive: true);
        return timings;
    }

    /// <summary>posterior.csv: a column per factor (named by parameter path), weight (normalised to sum 1) and distance; one row per particle, closest first.</summary>
    public static void WritePosterior(CalibrationDefinition definition, IReadOnlyList<CalibrationParticle> posterior, string path)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(posterior);
        double total = posterior.Sum(p => p.Weight);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var csv = SweepCsv.OpenWriter(stream);
        SweepCsv.WriteRow(csv, definition.Factors.Select(f => f.Name).Append("weight").Append("distance"));
        foreach (CalibrationParticle p in posterior)
        {
            SweepCsv.WriteRow(csv, p.Values.Select(Cell).Append(Cell(p.Weight / total)).Append(Cell(p.Distance)));
        }
    }

    private static string Cell(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteSummary(CalibrationDefinition d, CalibrationOutcome outcome, CalibrationSummary summary, CalibrationCheck check, string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteString("name", d.Name);
        json.WriteString("description", d.Description);
        json.WriteString("source", d.Source);
        json.WriteString("base", d.BaseName);
        json.WriteString("model", d.Model.Name);
        json.WriteString("policy", d.Policy.Name);
        json.WriteNumber("ticks", d.Ticks);
        json.WriteNumber("replications", d.Replications);
        json.WriteNumber("seed", d.Seed);
        json.WriteString("distance", "sqrt(sum over targets of ((mean over replications - value) / sd)^2)");

        json.WriteStartObject("method");
        json.WriteString("type", CalibrationMethod.Kind);
        json.WriteString("algorithm", "adaptive population Monte Carlo ABC: tolerance = alpha-quantile of the pooled distances, Gaussian kernel with twice the weighted covariance, stop at min_acceptance");
        json.WriteStartArray("references");
        json.WriteStringValue("Lenormand, M., Jabot, F. & Deffuant, G. (2013). Adaptive approximate Bayesian computation for complex models. Computational Statistics 28(6), 2777-2796. doi:10.1007/s00180-013-0428-3");
        json.WriteStringValue("Beaumont, M. A., Cornuet, J.-M., Marin, J.-M. & Robert, C. P. (2009). Adaptive approximate Bayesian computation. Biometrika 96(4), 983-990. doi:10.1093/biomet/asp052");
        json.WriteEndArray();
        json.WriteNumber("particles", d.Method.Particles);
        json.WriteNumber("simulated_first_generation", d.Method.Simulated);
        json.WriteNumber("simulated_per_later_generation", d.Method.NewPerGeneration);
        json.WriteNumber("generations", d.Method.Generations);
        json.WriteNumber("alpha", d.Method.Alpha);
        json.WriteNumber("min_acceptance", d.Method.MinAcceptance);
        json.WriteEndObject();

        json.WriteString("stopped", outcome.StopReason);
        json.WriteNumber("runs_used", outcome.Runs + (check.Replications));

        json.WriteStartArray("factors");
        foreach (CalibrationFactorSummary f in summary.Factors)
        {
            json.WriteStartObject();
            json.WriteString("parameter", f.Factor.Name);
            json.WriteStartObject("prior");
            json.WriteString("distribution", f.Factor.Scale == FactorScale.Log ? "log-uniform" : "uniform");
            json.WriteNumber("min", f.Factor.Min);
            json.WriteNumber("max", f.Factor.Max);
            json.WriteBoolean("integer", f.Factor.IsInteger);
            json.WriteEndObject();
            Number(json, "q05", f.Q05);
            Number(json, "q50", f.Q50);
            Number(json, "q95", f.Q95);
            Number(json, "mean", f.Mean);
            Number(json, "interval90_share_of_prior", f.IntervalShareOfPrior);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("targets");
        for (int k = 0; k < summary.Targets.Count; k++)
        {
            CalibrationTargetSummary t = summary.Targets[k];
            CalibrationCheckTarget c = check.Targets[k];
            json.WriteStartObject();
            json.WriteString("metric", t.Target.Metric);
            json.WriteNumber("value", t.Target.Value);
            json.WriteNumber("sd", t.Target.Sd);
            json.WriteStartObject("posterior_predictive");
            Number(json, "mean", t.Mean);
            Number(json, "low95", t.Low95);
            Number(json, "high95", t.High95);
            json.WriteEndObject();
            json.WriteStartObject("check");
            json.WriteNumber("n", c.N);
            Number(json, "mean", c.Mean);
            Number(json, "ci95_low", c.CiLow);
            Number(json, "ci95_high", c.CiHigh);
            Number(json, "z", c.Z);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("generations");
        foreach (CalibrationGeneration g in outcome.Generations)
        {
            json.WriteStartObject();
            json.WriteNumber("generation", g.Number);
            Number(json, "tolerance", g.Tolerance);
            if (g.AcceptanceRate is double rate)
            {
                json.WriteNumber("acceptance_rate", rate);
            }
            else
            {
                json.WriteNull("acceptance_rate");
            }

            json.WriteNumber("simulated", g.Simulated);
            json.WriteNumber("runs", g.Runs);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("check");
        json.WriteString("what", "the posterior median of every factor re-run with 10x the replications, with new seeds");
        json.WriteNumber("replications", check.Replications);
        json.WriteStartObject("parameters");
        for (int f = 0; f < d.Factors.Count; f++)
        {
            json.WriteNumber(d.Factors[f].Name, check.Values[f]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteManifest(string path, CalibrationDefinition d, IReadOnlyList<string> files, PhaseTimings timings, OutputRequest request)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" });
        json.WriteStartObject();
        ManifestWriter.WriteHeader(json, request.StartedUtc, request.CommandLine);
        json.WriteStartObject("calibration");
        json.WriteString("name", d.Name);
        json.WriteString("source", d.Source);
        json.WriteString("base", d.BaseName);
        json.WriteString("model", d.Model.Name);
        json.WriteString("policy", d.Policy.Name);
        json.WriteString("calibration_hash", d.Hash());
        json.WriteString("random_numbers", "particle i of generation g draws from SplitMix64(seed, proposals, g, i) and runs replication r with RunSeeds(SplitMix64(seed, runs, g, 0), i, r)");
        json.WriteEndObject();
        ManifestWriter.WriteExecution(json, request.Threads, files, timings);
        json.WriteEndObject();
        json.Flush();
        stream.Write(Encoding.UTF8.GetBytes("\n"));
    }
}
