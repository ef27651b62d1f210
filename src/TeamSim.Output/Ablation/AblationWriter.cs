using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Ablation;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output.Manifest;

namespace TeamSim.Output.Ablation;

/// <summary>
/// Writes the results folder of <c>teamsim ablate</c> atomically (through <see cref="OutputFolder"/>):
/// ablations.csv, the forest plots and manifest.json, whose <c>files</c> list names every file and
/// whose <c>ablation</c> object lists the variants.
/// </summary>
public static class AblationWriter
{
    /// <summary>Writes the outputs and returns the rows of ablations.csv and the phase timings.</summary>
    /// <param name="study">The finished study.</param>
    /// <param name="request">Target, force, plots, threads, start time, simulate seconds and command line (events are ignored).</param>
    /// <exception cref="Experiments.InputException">The target folder is not usable.</exception>
    public static (IReadOnlyList<AblationRow> Rows, PhaseTimings Timings) Write(AblationResult study, OutputRequest request)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(request);
        using OutputFolder folder = OutputFolder.Begin(request.Target, request.Force);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<AblationRow> rows = AblationTable.Rows(study);
        AblationCsvWriter.Write(rows, folder.PathFor(AblationCsvWriter.FileName));
        var files = new List<string> { ResultsManifest.FileName, AblationCsvWriter.FileName };
        double write = clock.Elapsed.TotalSeconds;
        clock.Restart();
        ResolvedScenario baseline = study.Baseline.Scenario;
        if (request.Plots)
        {
            files.AddRange(AblationPlots.WriteAll(
                rows, baseline.Model.RunMetrics, baseline.Policies.Select(p => p.Name).ToArray(), baseline.Scenario.Name, baseline.Scenario.Replications, folder.PathFor));
        }

        double plot = clock.Elapsed.TotalSeconds;
        var timings = new PhaseTimings(request.SimulateSeconds, write, plot);
        string manifest = folder.PathFor(ResultsManifest.FileName);
        ManifestWriter.Write(manifest, baseline, files, timings, request.Threads, request.StartedUtc, request.CommandLine);
        AddVariants(manifest, study, baseline.Model);
        folder.Commit();
        return (rows, timings);
    }

    /// <summary>Adds the <c>ablation</c> object (what each variant set, for every policy) to a freshly written manifest.</summary>
    private static void AddVariants(string path, AblationResult study, IModelFactory model)
    {
        var manifest = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
        var variants = new JsonArray();
        foreach (AblationVariantResult v in study.Variants)
        {
            var parameters = new JsonObject();
            foreach (ParameterValue setting in v.Variant.Settings)
            {
                model.Parameters.TryGet(setting.Name, out ParameterSpec spec);
                parameters[setting.Name] = spec.Kind switch
                {
                    ParameterKind.Boolean => JsonValue.Create(setting.Value != 0),
                    ParameterKind.Choice => JsonValue.Create(spec.FormatValue(setting.Value)),
                    _ => JsonValue.Create(setting.Value),
                };
            }

            variants.Add(new JsonObject
            {
                ["name"] = v.Variant.Name,
                ["kind"] = v.Variant.IsSwitch ? "switch" : "vary",
                ["parameters"] = parameters,
            });
        }

        var ablation = new JsonObject
        {
            ["baseline"] = "the scenario as given (policies and parameters above)",
            ["pairing"] = "every variant keeps the seed: replication r of every policy in every variant uses RunSeeds(seed, 0, r), as in the baseline",
            ["variants"] = variants,
        };
        int at = manifest.IndexOf("threads");
        manifest.Insert(at < 0 ? manifest.Count : at, "ablation", ablation);
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n" }) + "\n");
    }
}
