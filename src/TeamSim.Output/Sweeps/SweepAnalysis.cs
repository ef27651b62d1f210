using TeamSim.Analysis.Csv;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// <c>teamsim analyze</c>: reads a finished sweep folder and writes, under <c>analysis/</c>, Sobol'
/// indices (sobol design) or Morris statistics (morris design) per metric and policy with
/// bootstrap intervals, and plots: a heat map per policy for two-factor grids, response curves
/// with 95% CI bands for one-factor grids, Sobol' bars with CIs, Morris mu* vs sigma; with two or
/// more policies also the paired contrasts and regime maps of <see cref="SweepContrasts"/>.
/// Responses are each design point's mean over replications.
/// </summary>
public static class SweepAnalysis
{
    /// <summary>Analyses the sweep in <paramref name="dir"/>; returns the files written, relative to it.</summary>
    /// <param name="dir">A finished (or merged) sweep folder.</param>
    /// <param name="metrics">Metrics to analyse; empty for every recorded metric.</param>
    /// <param name="options">Bootstrap settings of the sensitivity intervals.</param>
    /// <param name="models">The models a sweep can name (default: the built-in ones), for paired contrasts.</param>
    /// <exception cref="InputException">Not a finished sweep folder, or an unknown metric or model.</exception>
    public static IReadOnlyList<string> Run(string dir, IReadOnlyList<string> metrics, SensitivityOptions options, ModelCatalog? models = null)
    {
        SweepManifest manifest = SweepManifest.Read(Path.Combine(dir, SweepFolder.ManifestFile));
        if (manifest.Shard is not null)
        {
            throw new InputException($"{dir}: holds shard {manifest.Shard.Index}/{manifest.Shard.Count} only; run 'teamsim merge' on all shards first");
        }

        string runsPath = Path.Combine(dir, SweepAssembler.RunsFile);
        if (!File.Exists(runsPath))
        {
            throw new InputException($"{runsPath}: file not found; the sweep did not finish");
        }

        string[] chosen = metrics.Count > 0 ? metrics.ToArray() : manifest.Metrics.ToArray();
        foreach (string m in chosen)
        {
            if (!manifest.Metrics.Contains(m))
            {
                throw new InputException($"--metric {m}: not recorded by this sweep; recorded metrics: {string.Join(", ", manifest.Metrics)}");
            }
        }

        Factor[] factors = manifest.Factors.Select(f => f.ToFactor()).ToArray();
        IDesign design = manifest.Design.Create();
        DesignMatrix matrix = design is BoundaryDesign ? PointsOf(runsPath, manifest, factors) : design.Generate(factors, manifest.Seed);
        if (matrix.Count != manifest.Points)
        {
            throw new InputException($"{dir}: the design gives {matrix.Count} points, the manifest says {manifest.Points}; written by another TeamSim version?");
        }

        SweepPointStatistics stats = ReadRuns(runsPath, manifest, chosen);
        bool known = (models ?? BuiltInModels.Catalog).TryGet(manifest.Model, out IModelFactory model);
        string outDir = Path.Combine(dir, SweepAnalysisFiles.Directory);
        Directory.CreateDirectory(Path.Combine(outDir, "plots"));
        var files = new List<string>();
        string[] names = factors.Select(f => f.Name).ToArray();

        if (design is SobolDesign sobol)
        {
            files.AddRange(SweepSensitivityWriter.WriteSobol(outDir, manifest, chosen, stats, sobol, names, options));
        }
        else if (design is MorrisDesign)
        {
            files.AddRange(SweepSensitivityWriter.WriteMorris(outDir, manifest, chosen, stats, matrix, names, options));
        }
        else if (design is GridDesign)
        {
            // A model this TeamSim does not know draws its metrics without bounds.
            MetricBounds[] bounds = chosen.Select(m => BoundsOf(known ? model : null, m)).ToArray();
            files.AddRange(SweepPlots.WriteGridPlots(outDir, manifest, chosen, stats, factors, bounds));
        }

        if (manifest.Policies.Count > 1)
        {
            if (!known)
            {
                throw new InputException($"{dir}: model '{manifest.Model}' is unknown; cannot contrast its policies");
            }

            files.AddRange(SweepContrasts.Analyse(runsPath, outDir, manifest, chosen, factors, matrix, model));
        }

        return files.Select(f => Path.Combine(SweepAnalysisFiles.Directory, f)).ToArray();
    }

    private static MetricBounds BoundsOf(IModelFactory? model, string metric)
    {
        int index = model is null ? -1 : model.RunMetrics.IndexOfName(metric);
        return index >= 0 ? model!.RunMetrics[index].Bounds : MetricBounds.Unbounded;
    }

    /// <summary>
    /// The points an adaptive design chose, as unit coordinates recovered from their factor values in
    /// runs.csv (the inverse of <see cref="Factor.ValueAt"/>; approximate for integer factors).
    /// </summary>
    private static DesignMatrix PointsOf(string runsPath, SweepManifest manifest, Factor[] factors)
    {
        var unit = new double[manifest.Points * factors.Length];
        var seen = new bool[manifest.Points];
        using var csv = SweepCsv.OpenReader(runsPath);
        csv.ReadHeader();
        while (csv.Read())
        {
            int point = (int)SweepCells.ParseInteger(csv.GetString(1));
            if (point < 0 || point >= manifest.Points)
            {
                throw new InputException($"{runsPath}: row {csv.RowNumber}: point does not belong to this sweep");
            }

            if (seen[point])
            {
                continue;
            }

            seen[point] = true;
            for (int f = 0; f < factors.Length; f++)
            {
                unit[(point * factors.Length) + f] = UnitOf(factors[f], SweepCells.ParseNumber(csv.GetString(SweepChunkFormat.FactorStart + f)));
            }
        }

        return new DesignMatrix(factors.Length, unit);
    }

    private static double UnitOf(Factor factor, double value)
    {
        double u = factor.IsInteger
            ? (factor.Scale == FactorScale.Log
                ? (Math.Log(value + 0.5) - Math.Log(factor.Min)) / (Math.Log(factor.Max + 1) - Math.Log(factor.Min))
                : (value + 0.5 - factor.Min) / (factor.Max - factor.Min + 1))
            : factor.Scale == FactorScale.Log
                ? Math.Log(value / factor.Min) / Math.Log(factor.Max / factor.Min)
                : (value - factor.Min) / (factor.Max - factor.Min);
        return double.IsFinite(u) ? Math.Clamp(u, 0, 1) : 0;
    }

    private static SweepPointStatistics ReadRuns(string path, SweepManifest manifest, string[] metrics)
    {
        int factors = manifest.Factors.Count;
        int metricStart = SweepChunkFormat.MetricStart(factors);
        int[] columns = metrics.Select(m => metricStart + manifest.Metrics.ToList().IndexOf(m)).ToArray();
        var policyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < manifest.Policies.Count; i++)
        {
            policyIndex[CsvCells.Text(manifest.Policies[i])] = i;
        }

        var stats = new SweepPointStatistics(manifest.Policies.Count, manifest.Points, metrics.Length);
        using var csv = SweepCsv.OpenReader(path);
        csv.ReadHeader();
        while (csv.Read())
        {
            int point = (int)SweepCells.ParseInteger(csv.GetString(1));
            if (point < 0 || point >= manifest.Points || !policyIndex.TryGetValue(csv.GetString(2), out int policy))
            {
                throw new InputException($"{path}: row {csv.RowNumber}: point or policy does not belong to this sweep");
            }

            for (int m = 0; m < columns.Length; m++)
            {
                stats.Push(policy, point, m, SweepCells.ParseNumber(csv.GetString(columns[m])));
            }
        }

        return stats;
    }
}
