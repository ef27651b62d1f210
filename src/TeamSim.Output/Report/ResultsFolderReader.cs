using System.Globalization;
using System.Text.Json;
using CsvHelper;
using TeamSim.Analysis.Csv;
using TeamSim.Experiments;
using TeamSim.Output.Csv;

namespace TeamSim.Output.Report;

/// <summary>
/// Reads a results folder written by <c>teamsim run</c> (manifest.json, summary.csv, comparison.csv,
/// timeseries.csv, runs.csv; docs/OUTPUTS.md) into a <see cref="ReportData"/>.
/// </summary>
public static class ResultsFolderReader
{
    /// <summary>Files the report needs.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } = ["manifest.json", "summary.csv", "comparison.csv", "timeseries.csv", "runs.csv"];

    private static readonly CsvReaderOptions Csv = new() { FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>Reads the folder.</summary>
    /// <exception cref="InputException">The folder or one of its files is missing or malformed; the message names the file.</exception>
    public static ReportData Read(string folder)
    {
        string full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new InputException($"{folder}: no such results folder; give a folder written by 'teamsim run'");
        }

        foreach (string file in RequiredFiles)
        {
            if (!File.Exists(Path.Combine(full, file)))
            {
                throw new InputException($"{Path.Combine(folder, file)}: missing; give a folder written by 'teamsim run' (with {string.Join(", ", RequiredFiles)})");
            }
        }

        string manifestPath = Path.Combine(full, "manifest.json");
        try
        {
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(manifestPath), new JsonDocumentOptions { MaxDepth = 16 });
            JsonElement root = manifest.RootElement;
            JsonElement scenario = root.GetProperty("scenario");
            var policies = new List<ReportPolicy>();
            foreach (JsonElement p in root.GetProperty("policies").EnumerateArray())
            {
                string? preset = p.TryGetProperty("preset", out JsonElement pre) && pre.ValueKind == JsonValueKind.String ? pre.GetString() : null;
                policies.Add(new ReportPolicy(p.GetProperty("name").GetString() ?? string.Empty, preset, Values(p.GetProperty("parameters"))));
            }

            if (policies.Count == 0)
            {
                throw new InputException($"{manifestPath}: $.policies: no policies");
            }

            var scenarioValues = new List<KeyValuePair<string, string>>(Values(scenario.GetProperty("parameters")));
            if (scenario.TryGetProperty("overrides", out JsonElement overrides))
            {
                foreach (KeyValuePair<string, string> o in Values(overrides))
                {
                    scenarioValues.RemoveAll(v => v.Key == o.Key);
                    scenarioValues.Add(o);
                }
            }

            var commandLine = root.TryGetProperty("command_line", out JsonElement cl)
                ? cl.EnumerateArray().Select(a => a.GetString() ?? string.Empty).ToArray()
                : [];
            string? commit = root.TryGetProperty("git_commit", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var byCsvName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < policies.Count; i++)
            {
                byCsvName.TryAdd(CsvCells.Text(policies[i].Name), i);
            }

            int replications = scenario.GetProperty("replications").GetInt32();
            var parameters = new HashSet<string>(policies.SelectMany(p => p.Values.Select(v => v.Key)), StringComparer.Ordinal);
            Validate(folder, "summary.csv", ["policy", "metric", "n", "mean", "ci95_low", "ci95_high", "lower_is_better"], parameters, null);
            Validate(folder, "comparison.csv", ["metric", "policy_a", "policy_b", "n", "mean_a", "mean_b", "mean_difference", "ci95_low", "ci95_high", "lower_is_better"], parameters, null);
            Validate(folder, "timeseries.csv", ["policy", "tick", "metric", "n", "mean", "ci_low", "ci_high"], parameters, null);
            Validate(folder, "runs.csv", ["run", "policy", "replication", "seed", "ticks"], parameters, (long)policies.Count * replications);
            return new ReportData(
                full,
                scenario.GetProperty("name").GetString() ?? string.Empty,
                scenario.TryGetProperty("description", out JsonElement d) ? d.GetString() ?? string.Empty : string.Empty,
                scenario.TryGetProperty("source", out JsonElement s) ? s.GetString() ?? string.Empty : string.Empty,
                scenario.GetProperty("model").GetString() ?? string.Empty,
                scenario.GetProperty("ticks").GetInt32(),
                replications,
                scenario.GetProperty("seed").GetUInt64(),
                scenarioValues,
                commandLine,
                root.TryGetProperty("teamsim_version", out JsonElement v) ? v.GetString() ?? "?" : "?",
                commit,
                policies,
                ReadSummary(Path.Combine(full, "summary.csv"), policies, byCsvName),
                ReadComparisons(Path.Combine(full, "comparison.csv"), policies, byCsvName),
                ReadSeries(Path.Combine(full, "timeseries.csv"), policies.Count, byCsvName),
                ReadRuns(Path.Combine(full, "runs.csv"), policies.Count, replications, byCsvName));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException($"{manifestPath}: not a TeamSim manifest ({e.Message})", e);
        }
        catch (CsvFormatException e)
        {
            throw new InputException($"{folder}: a CSV file is malformed ({e.Message.Split('\n')[0]})", e);
        }
    }

    /// <summary>Columns whose cells are text; every other column, except a parameter's, holds numbers.</summary>
    private static readonly HashSet<string> TextColumns = new(StringComparer.Ordinal) { "policy", "metric", "policy_a", "policy_b", "lower_is_better", "better" };

    /// <summary>
    /// Checks one CSV file before it is read: a header with every required column, a number (or an
    /// empty cell, inf, -inf) in every numeric cell, as many cells as columns in each row and, when
    /// given, the expected number of rows. Problems name the file, row and column.
    /// </summary>
    /// <exception cref="InputException">The first problem found.</exception>
    private static void Validate(string folder, string file, IReadOnlyList<string> required, HashSet<string> parameters, long? expectedRows)
    {
        string path = Path.Combine(folder, file);
        using CsvReader csv = Open(Path.Combine(Path.GetFullPath(folder), file));
        string[] header = csv.Headers.ToArray();
        if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
        {
            throw new InputException($"{path}: empty; expected a header row ({string.Join(",", required)}, ...) and the rows 'teamsim run' writes");
        }

        foreach (string column in required)
        {
            if (Array.IndexOf(header, column) < 0)
            {
                throw new InputException($"{path}: row 0 (header): column '{column}' is missing; give a folder written by 'teamsim run'");
            }
        }

        bool[] numeric = header.Select(c => !TextColumns.Contains(c) && !parameters.Contains(c)).ToArray();
        long row = 0;
        while (csv.Read())
        {
            row++;
            if (csv.FieldCount != header.Length)
            {
                throw new InputException($"{path}: row {row}: {csv.FieldCount} cells for {header.Length} columns");
            }

            for (int i = 0; i < header.Length; i++)
            {
                string? cell = csv.GetString(i);
                if (numeric[i] && !IsNumber(cell))
                {
                    throw new InputException($"{path}: row {row}, column '{header[i]}': '{cell}' is not a number");
                }
            }
        }

        if (expectedRows is long expected && row != expected)
        {
            throw new InputException($"{path}: {row} rows, but manifest.json describes {expected} runs (policies x replications); the file is incomplete or not from this run");
        }
    }

    private static bool IsNumber(string? cell) =>
        cell is null or "" or "inf" or "-inf" or "true" or "false"
        || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static List<KeyValuePair<string, string>> Values(JsonElement obj)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (JsonProperty p in obj.EnumerateObject())
        {
            string text = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString() ?? string.Empty,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => p.Value.GetRawText(),
            };
            values.Add(new KeyValuePair<string, string>(p.Name, text));
        }

        return values;
    }

    private static List<SummaryRow> ReadSummary(string path, List<ReportPolicy> policies, Dictionary<string, int> byCsvName)
    {
        var rows = new List<SummaryRow>();
        using CsvReader csv = Open(path);
        while (csv.Read())
        {
            int p = Policy(csv, "policy", byCsvName, path);
            rows.Add(new SummaryRow(
                policies[p].Name,
                csv.GetString("metric") ?? string.Empty,
                (long)Number(csv, "n"),
                Number(csv, "mean"),
                Number(csv, "ci95_low"),
                Number(csv, "ci95_high"),
                csv.GetString("lower_is_better") == "true"));
        }

        return rows;
    }

    private static List<ComparisonRow> ReadComparisons(string path, List<ReportPolicy> policies, Dictionary<string, int> byCsvName)
    {
        var rows = new List<ComparisonRow>();
        using CsvReader csv = Open(path);
        var header = new HashSet<string>(csv.Headers, StringComparer.Ordinal);

        // Columns appended later are absent from older folders: read them as undefined.
        double Optional(string column) => header.Contains(column) ? Number(csv, column) : double.NaN;
        while (csv.Read())
        {
            rows.Add(new ComparisonRow(
                csv.GetString("metric") ?? string.Empty,
                policies[Policy(csv, "policy_a", byCsvName, path)].Name,
                policies[Policy(csv, "policy_b", byCsvName, path)].Name,
                (long)Number(csv, "n"),
                Number(csv, "mean_a"),
                Number(csv, "mean_b"),
                Number(csv, "mean_difference"),
                Number(csv, "ci95_low"),
                Number(csv, "ci95_high"),
                csv.GetString("lower_is_better") == "true",
                Optional("median_difference"),
                Optional("prob_superiority"),
                Optional("prob_superiority_ci95_low"),
                Optional("prob_superiority_ci95_high")));
        }

        return rows;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<TimePoint>>[] ReadSeries(string path, int policies, Dictionary<string, int> byCsvName)
    {
        var series = new Dictionary<string, List<TimePoint>>[policies];
        for (int p = 0; p < policies; p++)
        {
            series[p] = new Dictionary<string, List<TimePoint>>(StringComparer.Ordinal);
        }

        using CsvReader csv = Open(path);
        while (csv.Read())
        {
            int p = Policy(csv, "policy", byCsvName, path);
            string metric = csv.GetString("metric") ?? string.Empty;
            if (!series[p].TryGetValue(metric, out List<TimePoint>? points))
            {
                points = [];
                series[p][metric] = points;
            }

            points.Add(new TimePoint((int)Number(csv, "tick"), Number(csv, "mean"), Number(csv, "ci_low"), Number(csv, "ci_high")));
        }

        return series.Select(d => (IReadOnlyDictionary<string, IReadOnlyList<TimePoint>>)d.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<TimePoint>)kv.Value, StringComparer.Ordinal)).ToArray();
    }

    private static Dictionary<string, double[]>[] ReadRuns(string path, int policies, int replications, Dictionary<string, int> byCsvName)
    {
        var values = new Dictionary<string, double[]>[policies];
        for (int p = 0; p < policies; p++)
        {
            values[p] = new Dictionary<string, double[]>(StringComparer.Ordinal);
        }

        using CsvReader csv = Open(path);
        string[] header = csv.Headers.ToArray();
        int firstMetric = Array.IndexOf(header, "ticks") + 1;
        while (csv.Read())
        {
            int p = Policy(csv, "policy", byCsvName, path);
            int rep = (int)Number(csv, "replication");
            if (rep < 0 || rep >= replications)
            {
                throw new InputException($"{path}: replication {rep} outside [0, {replications - 1}]");
            }

            for (int i = firstMetric; i < header.Length; i++)
            {
                if (!values[p].TryGetValue(header[i], out double[]? column))
                {
                    column = new double[replications];
                    Array.Fill(column, double.NaN);
                    values[p][header[i]] = column;
                }

                column[rep] = Parse(csv.GetString(i));
            }
        }

        return values;
    }

    private static CsvReader Open(string path)
    {
        return CsvReader.FromFile(path, Csv, FileOptions.SequentialScan);
    }

    private static int Policy(CsvReader csv, string column, Dictionary<string, int> byCsvName, string path)
    {
        string name = csv.GetString(column) ?? string.Empty;
        return byCsvName.TryGetValue(name, out int p)
            ? p
            : throw new InputException($"{path}: policy '{name}' is not in manifest.json");
    }

    private static double Number(CsvReader csv, string column) => Parse(csv.GetString(column));

    /// <summary>Parses a cell the way <see cref="CsvCells"/> writes it: invariant numbers, empty for NaN, inf and -inf; other text (a choice, true/false) is NaN.</summary>
    internal static double Parse(string? cell) => cell switch
    {
        null or "" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "true" => 1,
        "false" => 0,
        _ => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN,
    };
}
