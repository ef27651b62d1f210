using TeamSim.Analysis.Csv;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Sweeps;

/// <summary>Writes sobol.csv / sobol_second_order.csv or morris.csv and their plots.</summary>
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
