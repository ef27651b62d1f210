using System.Security.Cryptography;
using CsvHelper;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using TeamSim.Analysis.Csv;
using TeamSim.Experiments;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Builds the final files of a sweep from its chunks, read in chunk order: runs.csv (one row per
/// run, by run index), summary.csv (per design point, policy and metric: n, mean, sd, 95% CI),
/// errors.csv (failed runs, only when there are any) and manifest.json with checksums. The chunks
/// are streamed, so memory does not grow with the number of runs, and the bytes depend only on the
/// chunks' content: any thread count, shard split or kill and resume gives the same files.
/// </summary>
public static class SweepAssembler
{
    /// <summary>One row per run.</summary>
    public const string RunsFile = "runs.csv";

    /// <summary>Per design point, policy and metric.</summary>
    public const string SummaryFile = "summary.csv";

    /// <summary>Failed runs with their errors.</summary>
    public const string ErrorsFile = "errors.csv";

    /// <summary>Assembles the files into <paramref name="root"/> and returns the final manifest.</summary>
    /// <param name="chunkFiles">Every chunk file of the sweep, in chunk order.</param>
    /// <param name="root">Output folder.</param>
    /// <param name="manifest">The sweep's description (its shard, if any, is dropped).</param>
    /// <param name="advice">What to tell the user to do about a damaged chunk; null when the caller has checked every chunk already.</param>
    /// <exception cref="InputException">A chunk is damaged or does not belong to this sweep.</exception>
    public static SweepManifest Assemble(IReadOnlyList<string> chunkFiles, string root, SweepManifest manifest, string? advice)
    {
        string[] header = SweepChunkFormat.Header(manifest);
        int factors = manifest.Factors.Count;
        int metrics = manifest.Metrics.Count;
        int statusColumn = SweepChunkFormat.StatusColumn(factors);
        int metricStart = SweepChunkFormat.MetricStart(factors);
        string runsTemp = Path.Combine(root, RunsFile + ".tmp");
        string summaryTemp = Path.Combine(root, SummaryFile + ".tmp");
        string errorsTemp = Path.Combine(root, ErrorsFile + ".tmp");
        long failed = 0;
        long expectedRun = 0;

        try
        {
            using (var runsStream = new FileStream(runsTemp, FileMode.Create, FileAccess.Write))
            using (var summaryStream = new FileStream(summaryTemp, FileMode.Create, FileAccess.Write))
            using (var errorsStream = new FileStream(errorsTemp, FileMode.Create, FileAccess.Write))
            using (CsvWriter runs = SweepCsv.OpenWriter(runsStream))
            using (CsvWriter summary = SweepCsv.OpenWriter(summaryStream))
            using (CsvWriter errors = SweepCsv.OpenWriter(errorsStream))
            {
                SweepCsv.WriteRow(runs, header[..^1]);
                SweepCsv.WriteRow(errors, ["run", "point", "policy", "replication", "error"]);
                var summaryHeader = new List<string> { "point", "policy" };
                summaryHeader.AddRange(manifest.Factors.Select(f => f.Name));
                summaryHeader.AddRange(["metric", "runs", "failed", "n", "mean", "sd", "ci95_low", "ci95_high"]);
                SweepCsv.WriteRow(summary, summaryHeader);

                var group = new PointGroup(metrics);

                // An adaptive design adds replications to earlier points in later rounds, so a point's
                // runs are not contiguous: its groups are kept until the end and written in point order.
                SortedDictionary<(long Point, int Policy), PointGroup>? scattered = manifest.Design.IsAdaptive ? new() : null;
                Dictionary<string, int> policyIndex = manifest.Policies.Select((p, i) => (CsvCells.Text(p), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
                foreach (string chunk in chunkFiles)
                {
                    if (advice is not null)
                    {
                        SweepChunkCheck.Verify(chunk, manifest, expectedRun, advice);
                    }

                    using CsvReader csv = SweepCsv.OpenReader(chunk);
                    csv.ReadHeader();
                    if (!csv.Headers.SequenceEqual(header))
                    {
                        throw new InputException($"{chunk}: columns do not match this sweep's; the chunk belongs to another sweep");
                    }

                    while (csv.Read())
                    {
                        string[] row = SweepCsv.Fields(csv);
                        if (row.Length != header.Length || SweepCells.ParseInteger(row[0]) != expectedRun)
                        {
                            throw new InputException($"{chunk}: row {csv.RowNumber}: expected run {expectedRun}; the chunk is damaged");
                        }

                        expectedRun++;
                        SweepCsv.WriteRow(runs, row[..^1]);
                        bool rowFailed = row[statusColumn] == "failed";
                        if (rowFailed)
                        {
                            failed++;
                            SweepCsv.WriteRow(errors, [row[0], row[1], row[2], row[3], row[^1]]);
                        }

                        if (scattered is not null)
                        {
                            var key = (SweepCells.ParseInteger(row[1]), policyIndex.GetValueOrDefault(row[2], -1));
                            if (!scattered.TryGetValue(key, out PointGroup? kept))
                            {
                                kept = new PointGroup(metrics);
                                kept.Start(row, factors);
                                scattered[key] = kept;
                            }

                            kept.Add(row, metricStart, rowFailed);
                            continue;
                        }

                        if (!group.Matches(row))
                        {
                            group.Flush(summary, manifest.Metrics);
                            group.Start(row, factors);
                        }

                        group.Add(row, metricStart, rowFailed);
                    }
                }

                group.Flush(summary, manifest.Metrics);
                foreach (PointGroup kept in scattered?.Values ?? Enumerable.Empty<PointGroup>())
                {
                    kept.Flush(summary, manifest.Metrics);
                }
            }

            if (expectedRun != manifest.Runs)
            {
                throw new InputException($"{root}: the chunks hold {expectedRun} runs, the sweep has {manifest.Runs}");
            }
        }
        catch
        {
            // A damaged, foreign or missing chunk: leave no half-written file behind.
            File.Delete(runsTemp);
            File.Delete(summaryTemp);
            File.Delete(errorsTemp);
            throw;
        }

        var files = new List<SweepFileInfo>();
        Publish(runsTemp, root, RunsFile, files);
        Publish(summaryTemp, root, SummaryFile, files);
        if (failed > 0)
        {
            Publish(errorsTemp, root, ErrorsFile, files);
        }
        else
        {
            File.Delete(errorsTemp);
            File.Delete(Path.Combine(root, ErrorsFile));
        }

        SweepManifest final = manifest with { Shard = null, FailedRuns = failed, Files = files };
        final.Write(Path.Combine(root, SweepFolder.ManifestFile));
        return final;
    }

    private static void Publish(string temp, string root, string name, List<SweepFileInfo> files)
    {
        string path = Path.Combine(root, name);
        File.Move(temp, path, overwrite: true);
        using FileStream stream = File.OpenRead(path);
        files.Add(new SweepFileInfo(name, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream))));
    }

    /// <summary>The runs of one (design point, policy): contiguous in run order.</summary>
    private sealed class PointGroup(int metrics)
    {
        private readonly RunningStatistics[] _stats = new RunningStatistics[metrics];
        private string[]? _key;
        private long _runs;
        private long _failed;

        public bool Matches(string[] row) => _key is not null && _key[0] == row[1] && _key[1] == row[2];

        public void Start(string[] row, int factors)
        {
            _key = new string[2 + factors];
            _key[0] = row[1];
            _key[1] = row[2];
            Array.Copy(row, SweepChunkFormat.FactorStart, _key, 2, factors);
            for (int m = 0; m < _stats.Length; m++)
            {
                _stats[m] = new RunningStatistics();
            }

            _runs = 0;
            _failed = 0;
        }

        public void Add(string[] row, int metricStart, bool failed)
        {
            _runs++;
            _failed += failed ? 1 : 0;
            for (int m = 0; m < _stats.Length; m++)
            {
                double v = SweepCells.ParseNumber(row[metricStart + m]);
                if (double.IsFinite(v))
                {
                    _stats[m].Push(v);
                }
            }
        }

        public void Flush(CsvWriter summary, IReadOnlyList<string> names)
        {
            if (_key is null)
            {
                return;
            }

            for (int m = 0; m < _stats.Length; m++)
            {
                RunningStatistics s = _stats[m];
                long n = s.Count;
                double mean = n > 0 ? s.Mean : double.NaN;
                double sd = n > 1 ? s.StandardDeviation : double.NaN;
                double half = n > 1 ? StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n) : double.NaN;
                var fields = new List<string>(_key) { names[m], CsvCells.Integer(_runs), CsvCells.Integer(_failed), CsvCells.Integer(n) };
                fields.AddRange([CsvCells.Number(mean), CsvCells.Number(sd), CsvCells.Number(mean - half), CsvCells.Number(mean + half)]);
                SweepCsv.WriteRow(summary, fields);
            }

            _key = null;
        }
    }
}
