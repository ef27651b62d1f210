using CsvHelper;
using TeamSim.Analysis.Csv;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Experiments;
using TeamSim.Experiments.Designs;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Paired contrasts of a finished sweep with two or more policies (<c>analysis/contrasts.csv</c>):
/// at every design point, for every analysed metric, each later policy b against the first policy a,
/// paired per replication. Then the figures: a regime map per metric and pair for a grid over two
/// factors, a partial-dependence figure otherwise.
/// </summary>
/// <remarks>
/// Policies at one design point run replication r on the same seeds (<c>RunSeeds(seed, 0, r)</c>, or
/// <c>RunSeeds(seed, point, r)</c> with independent points; <see cref="Experiments.Sweeps.SweepPlan.Seeds"/>),
/// so b - a is a paired difference, as in comparison.csv of <c>teamsim run</c>. The statistics are
/// those of <see cref="PairedContrast"/>; <c>better</c> is <see cref="ResultCsvWriter.Better"/>. runs.csv
/// is read once, point by point (it is in run order, point-major), so memory holds one point's runs.
/// </remarks>
public static class SweepContrasts
{
    /// <summary>The contrasts table inside <c>analysis/</c>.</summary>
    public const string File = "contrasts.csv";

    /// <summary>The columns after the point and factor columns.</summary>
    public static IReadOnlyList<string> StatisticColumns { get; } =
    [
        "policy_a", "policy_b", "metric", "n", "mean_a", "mean_b", "mean_difference", "ci95_low", "ci95_high", "d_z", "p_value",
        "median_difference", "prob_superiority", "prob_superiority_ci95_low", "prob_superiority_ci95_high", "relative_difference", "better",
    ];

    /// <summary>
    /// Writes contrasts.csv and the regime or partial-dependence figures into <paramref name="outDir"/>;
    /// returns the files written, relative to it. Nothing is written for a sweep with one policy.
    /// </summary>
    /// <param name="runsPath">The sweep's runs.csv.</param>
    /// <param name="outDir">The analysis folder (with a <c>plots/</c> folder).</param>
    /// <param name="manifest">The sweep's manifest.</param>
    /// <param name="metrics">Metrics to contrast, each recorded by the sweep.</param>
    /// <param name="factors">The sweep's factors, in design column order.</param>
    /// <param name="matrix">The design points (unit coordinates), for binning in partial dependence.</param>
    /// <param name="model">The sweep's model: which direction of each metric is better, and parameter units.</param>
    /// <exception cref="InputException">runs.csv is not in run order or names points or policies of another sweep.</exception>
    public static IReadOnlyList<string> Analyse(string runsPath, string outDir, SweepManifest manifest, IReadOnlyList<string> metrics, IReadOnlyList<Factor> factors, DesignMatrix matrix, IModelFactory model)
    {
        if (manifest.Policies.Count < 2)
        {
            return [];
        }

        SweepContrastTable table = Write(runsPath, Path.Combine(outDir, File), manifest, metrics, model);
        var files = new List<string> { File };
        files.AddRange(SweepRegimePlots.Write(outDir, manifest, table, factors, matrix, model));
        return files;
    }

    /// <summary>Writes contrasts.csv from runs.csv and returns the contrasts the figures need.</summary>
    /// <param name="runsPath">The sweep's runs.csv.</param>
    /// <param name="path">The contrasts.csv to write.</param>
    /// <param name="manifest">The sweep's manifest (two or more policies).</param>
    /// <param name="metrics">Metrics to contrast, each recorded by the sweep.</param>
    /// <param name="model">The sweep's model, for the direction of each metric.</param>
    /// <exception cref="InputException">runs.csv is not in run order or names points or policies of another sweep.</exception>
    public static SweepContrastTable Write(string runsPath, string path, SweepManifest manifest, IReadOnlyList<string> metrics, IModelFactory model)
    {
        int policies = manifest.Policies.Count;
        int factorCount = manifest.Factors.Count;
        int metricStart = SweepChunkFormat.MetricStart(factorCount);
        var columns = new int[metrics.Count];
        var lowerIsBetter = new bool[metrics.Count];
        for (int m = 0; m < metrics.Count; m++)
        {
            int recorded = IndexOf(manifest.Metrics, metrics[m]);
            int definition = model.RunMetrics.IndexOfName(metrics[m]);
            if (recorded < 0 || definition < 0)
            {
                throw new InputException($"{runsPath}: metric '{metrics[m]}' is not a recorded run metric of model '{model.Name}'");
            }

            columns[m] = metricStart + recorded;
            lowerIsBetter[m] = model.RunMetrics[definition].LowerIsBetter;
        }

        var policyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < policies; i++)
        {
            policyIndex[CsvCells.Text(manifest.Policies[i])] = i;
        }

        var table = new SweepContrastTable(manifest.Policies, metrics, manifest.Points);
        if (manifest.Design.IsAdaptive)
        {
            WriteScattered(runsPath, path, manifest, table, columns, lowerIsBetter, policyIndex);
            return table;
        }

        // One point's runs: values[policy][metric][replication], NaN where a run failed or is missing.
        var values = new double[policies][][];
        for (int p = 0; p < policies; p++)
        {
            values[p] = new double[metrics.Count][];
            for (int m = 0; m < metrics.Count; m++)
            {
                values[p][m] = new double[manifest.Replications];
            }
        }

        string[] factorCells = new string[factorCount];
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using CsvWriter csv = SweepCsv.OpenWriter(stream);
        WriteHeader(csv, manifest);

        using CsvReader runs = SweepCsv.OpenReader(runsPath);
        runs.ReadHeader();
        int current = -1;
        while (runs.Read())
        {
            int point = (int)SweepCells.ParseInteger(runs.GetString(1));
            int replication = (int)SweepCells.ParseInteger(runs.GetString(3));
            if (point < 0 || point >= manifest.Points || replication < 0 || replication >= manifest.Replications
                || !policyIndex.TryGetValue(runs.GetString(2), out int policy))
            {
                throw new InputException($"{runsPath}: row {runs.RowNumber}: point, policy or replication does not belong to this sweep");
            }

            if (point != current)
            {
                if (point < current)
                {
                    throw new InputException($"{runsPath}: row {runs.RowNumber}: point {point} after point {current}; runs.csv is not in run order");
                }

                if (current >= 0)
                {
                    WritePoint(csv, table, current, factorCells, values, lowerIsBetter);
                }

                current = point;
                for (int f = 0; f < factorCount; f++)
                {
                    factorCells[f] = runs.GetString(SweepChunkFormat.FactorStart + f);
                }

                foreach (double[][] byMetric in values)
                {
                    foreach (double[] byReplication in byMetric)
                    {
                        Array.Fill(byReplication, double.NaN);
                    }
                }
            }

            for (int m = 0; m < columns.Length; m++)
            {
                values[policy][m][replication] = SweepCells.ParseNumber(runs.GetString(columns[m]));
            }
        }

        if (current >= 0)
        {
            WritePoint(csv, table, current, factorCells, values, lowerIsBetter);
        }

        return table;
    }

    /// <summary>
    /// An adaptive design's runs.csv: a point's runs are spread over rounds and their number varies
    /// by point, so the runs of the chosen metrics are gathered by point first (the budget bounds them).
    /// </summary>
    private static void WriteScattered(string runsPath, string path, SweepManifest manifest, SweepContrastTable table, int[] columns, bool[] lowerIsBetter, Dictionary<string, int> policyIndex)
    {
        int policies = manifest.Policies.Count;
        int factorCount = manifest.Factors.Count;
        var points = new SortedDictionary<int, (string[] Factors, List<double>[][] Values)>();
        using (CsvReader runs = SweepCsv.OpenReader(runsPath))
        {
            runs.ReadHeader();
            while (runs.Read())
            {
                int point = (int)SweepCells.ParseInteger(runs.GetString(1));
                int replication = (int)SweepCells.ParseInteger(runs.GetString(3));
                if (point < 0 || point >= manifest.Points || replication < 0 || !policyIndex.TryGetValue(runs.GetString(2), out int policy))
                {
                    throw new InputException($"{runsPath}: row {runs.RowNumber}: point, policy or replication does not belong to this sweep");
                }

                if (!points.TryGetValue(point, out var entry))
                {
                    var cells = new string[factorCount];
                    for (int f = 0; f < factorCount; f++)
                    {
                        cells[f] = runs.GetString(SweepChunkFormat.FactorStart + f);
                    }

                    var lists = new List<double>[policies][];
                    for (int p = 0; p < policies; p++)
                    {
                        lists[p] = new List<double>[columns.Length];
                        for (int m = 0; m < columns.Length; m++)
                        {
                            lists[p][m] = [];
                        }
                    }

                    entry = (cells, lists);
                    points[point] = entry;
                }

                for (int m = 0; m < columns.Length; m++)
                {
                    List<double> list = entry.Values[policy][m];
                    while (list.Count <= replication)
                    {
                        list.Add(double.NaN);
                    }

                    list[replication] = SweepCells.ParseNumber(runs.GetString(columns[m]));
                }
            }
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using CsvWriter csv = SweepCsv.OpenWriter(stream);
        WriteHeader(csv, manifest);
        foreach ((int point, (string[] cells, List<double>[][] lists)) in points)
        {
            int n = lists.SelectMany(byMetric => byMetric).Max(l => l.Count);
            var values = new double[policies][][];
            for (int p = 0; p < policies; p++)
            {
                values[p] = new double[columns.Length][];
                for (int m = 0; m < columns.Length; m++)
                {
                    values[p][m] = new double[n];
                    Array.Fill(values[p][m], double.NaN);
                    lists[p][m].CopyTo(values[p][m]);
                }
            }

            WritePoint(csv, table, point, cells, values, lowerIsBetter);
        }
    }

    private static void WritePoint(CsvWriter csv, SweepContrastTable table, int point, string[] factorCells, double[][][] values, bool[] lowerIsBetter)
    {
        IReadOnlyList<string> policies = table.Policies;
        for (int m = 0; m < table.Metrics.Count; m++)
        {
            for (int b = 1; b < policies.Count; b++)
            {
                PairedContrast c = PairedContrast.Of(values[0][m], values[b][m]);

                // 0 / 0 (no difference from a zero mean) stays undefined; x / 0 is infinite.
                double relative = c.MeanDifference / c.MeanA;
                table[b - 1, m, point] = new PointContrast(c.MeanDifference, c.CiLow, c.CiHigh, relative);
                Superiority bBetter = c.ProbabilityBetter(lowerIsBetter[m]);
                csv.WriteField(CsvCells.Integer(point));
                foreach (string cell in factorCells)
                {
                    csv.WriteField(cell);
                }

                csv.WriteField(CsvCells.Text(policies[0]));
                csv.WriteField(CsvCells.Text(policies[b]));
                csv.WriteField(CsvCells.Text(table.Metrics[m]));
                csv.WriteField(CsvCells.Integer(c.N));
                csv.WriteField(CsvCells.Number(c.MeanA));
                csv.WriteField(CsvCells.Number(c.MeanB));
                csv.WriteField(CsvCells.Number(c.MeanDifference));
                csv.WriteField(CsvCells.Number(c.CiLow));
                csv.WriteField(CsvCells.Number(c.CiHigh));
                csv.WriteField(CsvCells.Number(c.Dz));
                csv.WriteField(CsvCells.Number(c.PValue));
                csv.WriteField(CsvCells.Number(c.MedianDifference));
                csv.WriteField(CsvCells.Number(bBetter.Probability));
                csv.WriteField(CsvCells.Number(bBetter.CiLow));
                csv.WriteField(CsvCells.Number(bBetter.CiHigh));
                csv.WriteField(CsvCells.Number(relative));
                csv.WriteField(CsvCells.Text(ResultCsvWriter.Better(c, lowerIsBetter[m], policies[0], policies[b])));
                csv.EndRecord();
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>contrasts.csv's header: the point, its factors by parameter path, then the statistics.</summary>
    private static void WriteHeader(CsvWriter csv, SweepManifest manifest)
    {
        var header = new List<string> { "point" };
        header.AddRange(manifest.Factors.Select(f => f.Name));
        header.AddRange(StatisticColumns);
        SweepCsv.WriteRow(csv, header);
    }
}
