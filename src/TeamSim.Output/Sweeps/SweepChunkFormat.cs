using TeamSim.Analysis.Csv;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Columns of chunk files and runs.csv: <c>run, point, policy, replication, FACTORS..., ticks,
/// status, METRICS...</c>; chunk files add a final <c>error</c> column.
/// </summary>
internal static class SweepChunkFormat
{
    public const int KeyColumns = 4;

    public static string[] Header(SweepManifest manifest)
    {
        var header = new List<string> { "run", "point", "policy", "replication" };
        header.AddRange(manifest.Factors.Select(f => f.Name));
        header.Add("ticks");
        header.Add("status");
        header.AddRange(manifest.Metrics);
        header.Add("error");
        return header.ToArray();
    }

    public static IEnumerable<string> Row(SweepPlan plan, SweepRunRecord record)
    {
        SweepJob job = record.Job;
        yield return CsvCells.Integer(job.Index);
        yield return CsvCells.Integer(job.Point);
        yield return CsvCells.Text(plan.Policies[job.Policy].Name);
        yield return CsvCells.Integer(job.Replication);
        ReadOnlySpan<double> values = plan.PointValues(job.Point);
        var formatted = new string[values.Length];
        for (int f = 0; f < values.Length; f++)
        {
            // Numbers, true/false or choice names: never text a spreadsheet would execute.
            formatted[f] = plan.FactorSpecs[f].FormatValue(values[f]);
        }

        foreach (string v in formatted)
        {
            yield return v;
        }

        yield return CsvCells.Integer(record.Ticks);
        yield return record.Failed ? "failed" : "ok";
        foreach (double m in record.Metrics)
        {
            yield return CsvCells.Number(m);
        }

        yield return record.Error ?? string.Empty;
    }

    public static int FactorStart => KeyColumns;

    public static int TicksColumn(int factors) => KeyColumns + factors;

    public static int StatusColumn(int factors) => KeyColumns + factors + 1;

    public static int MetricStart(int factors) => KeyColumns + factors + 2;
}
