using TeamSim.Analysis.Csv;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Writes sobol.csv / sobol_second_order.csv (and, with two or more policies, contrast_sobol.csv) or
/// morris.csv, and their plots.
/// </summary>
internal static class SweepSensitivityWriter
{
    public static IEnumerable<string> WriteSobol(string outDir, SweepManifest manifest, string[] metrics, SweepPointStatistics stats, SobolDesign design, string[] names, SensitivityOptions options)
    {
        var files = new List<string>();
        var results = new List<(string Metric, string Policy, SobolResult Result)>();
        for (int m = 0; m < metrics.Length; m++)
        {
            for (int p = 0; p < manifest.Policies.Count; p++)
            {
                SobolResult r = SobolAnalyzer.Analyze(design, names, stats.Responses(p, m), options);
                results.Add((metrics[m], manifest.Policies[p], r));
            }
        }

        using (var stream = new FileStream(Path.Combine(outDir, "sobol.csv"), FileMode.Create))
        using (var csv = SweepCsv.OpenWriter(stream))
        {
            SweepCsv.WriteRow(csv, ["metric", "policy", "factor", "s1", "s1_low", "s1_high", "st", "st_low", "st_high", "samples"]);
            foreach ((string metric, string policy, SobolResult r) in results)
            {
                foreach (SobolFactorIndices f in r.Factors)
                {
                    SweepCsv.WriteRow(csv, [metric, CsvCells.Text(policy), f.Factor, N(f.First), N(f.FirstLow), N(f.FirstHigh), N(f.Total), N(f.TotalLow), N(f.TotalHigh), CsvCells.Integer(r.SamplesUsed)]);
                }
            }
        }

        files.Add("sobol.csv");
        if (manifest.Policies.Count > 1)
        {
            files.Add(WriteContrastSobol(outDir, manifest, metrics, stats, design, names, options));
        }

        if (design.SecondOrder)
        {
            using (var stream = new FileStream(Path.Combine(outDir, "sobol_second_order.csv"), FileMode.Create))
            using (var csv = SweepCsv.OpenWriter(stream))
            {
                SweepCsv.WriteRow(csv, ["metric", "policy", "factor_a", "factor_b", "s2", "s2_low", "s2_high"]);
                foreach ((string metric, string policy, SobolResult r) in results)
                {
                    foreach (SobolPairIndex pair in r.Pairs)
                    {
                        SweepCsv.WriteRow(csv, [metric, CsvCells.Text(policy), pair.FactorA, pair.FactorB, N(pair.Second), N(pair.Low), N(pair.High)]);
                    }
                }
            }

            files.Add("sobol_second_order.csv");
        }

        foreach ((string metric, string policy, SobolResult r) in results)
        {
            files.AddRange(SweepPlots.SobolBars(outDir, metric, policy, r, manifest.Design.BaseSamples));
        }

        return files;
    }

    /// <summary>
    /// contrast_sobol.csv: Sobol' indices of the paired contrast, the response at each point being
    /// the mean of policy b minus the mean of policy a (each later policy against the first, as in
    /// contrasts.csv): which factors decide how much, and so where, the better policy changes.
    /// </summary>
    private static string WriteContrastSobol(string outDir, SweepManifest manifest, string[] metrics, SweepPointStatistics stats, SobolDesign design, string[] names, SensitivityOptions options)
    {
        const string File = "contrast_sobol.csv";
        using var stream = new FileStream(Path.Combine(outDir, File), FileMode.Create);
        using var csv = SweepCsv.OpenWriter(stream);
        SweepCsv.WriteRow(csv, ["metric", "policy_a", "policy_b", "factor", "s1", "s1_low", "s1_high", "st", "st_low", "st_high", "samples"]);
        for (int m = 0; m < metrics.Length; m++)
        {
            double[] a = stats.Responses(0, m);
            for (int b = 1; b < manifest.Policies.Count; b++)
            {
                double[] difference = stats.Responses(b, m);
                for (int p = 0; p < difference.Length; p++)
                {
                    difference[p] -= a[p];
                }

                SobolResult r = SobolAnalyzer.Analyze(design, names, difference, options);
                foreach (SobolFactorIndices f in r.Factors)
                {
                    SweepCsv.WriteRow(csv, [metrics[m], CsvCells.Text(manifest.Policies[0]), CsvCells.Text(manifest.Policies[b]), f.Factor, N(f.First), N(f.FirstLow), N(f.FirstHigh), N(f.Total), N(f.TotalLow), N(f.TotalHigh), CsvCells.Integer(r.SamplesUsed)]);
                }
            }
        }

        return File;
    }

    public static IEnumerable<string> WriteMorris(string outDir, SweepManifest manifest, string[] metrics, SweepPointStatistics stats, DesignMatrix matrix, string[] names, SensitivityOptions options)
    {
        var files = new List<string>();
        var results = new List<(string Metric, string Policy, IReadOnlyList<MorrisFactorEffects> Effects)>();
        for (int m = 0; m < metrics.Length; m++)
        {
            for (int p = 0; p < manifest.Policies.Count; p++)
            {
                results.Add((metrics[m], manifest.Policies[p], MorrisAnalyzer.Analyze(matrix, names, stats.Responses(p, m), options)));
            }
        }

        using (var stream = new FileStream(Path.Combine(outDir, "morris.csv"), FileMode.Create))
        using (var csv = SweepCsv.OpenWriter(stream))
        {
            SweepCsv.WriteRow(csv, ["metric", "policy", "factor", "effects", "mu", "mu_star", "mu_star_low", "mu_star_high", "sigma"]);
            foreach ((string metric, string policy, IReadOnlyList<MorrisFactorEffects> effects) in results)
            {
                foreach (MorrisFactorEffects e in effects)
                {
                    SweepCsv.WriteRow(csv, [metric, CsvCells.Text(policy), e.Factor, CsvCells.Integer(e.Effects), N(e.Mu), N(e.MuStar), N(e.MuStarLow), N(e.MuStarHigh), N(e.Sigma)]);
                }
            }
        }

        files.Add("morris.csv");
        foreach ((string metric, string policy, IReadOnlyList<MorrisFactorEffects> effects) in results)
        {
            files.AddRange(SweepPlots.MorrisScatter(outDir, metric, policy, effects));
        }

        return files;
    }

    private static string N(double value) => CsvCells.Number(value);
}
