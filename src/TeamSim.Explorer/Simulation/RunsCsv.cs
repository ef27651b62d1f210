using System.Globalization;
using System.Text;
using TeamSim.Core.Parameters;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// The runs on screen as CSV in the columns of the CLI's runs.csv: run, policy, replication, seed,
/// ticks, the parameters that differ between the policies (registry order), then every per-run
/// metric. Numbers are invariant and round-trip, NaN is an empty cell, LF line ends, so the file
/// is the one <c>teamsim run</c> writes for the same setup.
/// </summary>
public static class RunsCsv
{
    /// <summary>The CSV text of the completed replications, A's runs first, then B's.</summary>
    public static string Write(ExplorerSession session)
    {
        ParameterRegistry registry = session.Parameters[0].Registry;
        var varied = new List<ParameterSpec>();
        for (int i = 0; i < registry.Count; i++)
        {
            if (!session.Parameters[0][i].Equals(session.Parameters[1][i]))
            {
                varied.Add(registry.Specs[i]);
            }
        }

        var csv = new StringBuilder();
        var header = new List<string> { "run", "policy", "replication", "seed", "ticks" };
        header.AddRange(varied.Select(p => p.Name));
        header.AddRange(ExplorerEngine.Model.RunMetrics.Select(m => m.Name));
        AppendRow(csv, header);

        int run = 0;
        for (int p = 0; p < 2; p++)
        {
            IReadOnlyList<double[]> metrics = session.RunMetrics(p);
            for (int r = 0; r < metrics.Count; r++)
            {
                var row = new List<string>
                {
                    Integer(run++),
                    Text(session.PolicyNames[p]),
                    Integer(r),
                    session.Seed.ToString(CultureInfo.InvariantCulture),
                    Integer(session.TicksRun(p)[r]),
                };
                row.AddRange(varied.Select(spec => Text(spec.FormatValue(session.Parameters[p][spec.Name]))));
                row.AddRange(metrics[r].Select(Number));
                AppendRow(csv, row);
            }
        }

        return csv.ToString();
    }

    /// <summary>A number as the CLI writes it: invariant round-trip form, NaN empty, infinities <c>inf</c>/<c>-inf</c>.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Text a spreadsheet would execute gets a leading apostrophe, as in the CLI's CSV files.
    private static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        bool first = true;
        foreach (string cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            bool quote = cell.Length > 0 && (cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || cell[0] == ' ' || cell[^1] == ' ');
            csv.Append(quote ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        csv.Append('\n');
    }
}
