using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using CsvHelper;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Output;
using TeamSim.Output.Report;

namespace TeamSim.Benchmarks;

/// <summary>
/// <c>memory [--write PATH] [--peaks CSV] [--from CSV]</c>: runs each case of <see cref="Grid"/> as
/// <c>teamsim run</c> does, in a child process of its own, one at a time, reads the child's peak
/// resident memory (VmHWM of /proc/self/status, read by the child after the run) and prints a
/// table of case, estimate (<c>ResourceEstimate</c>), measured peak and estimate / peak.
/// <c>--write</c> replaces the table between the memory markers of a Markdown file;
/// <c>--peaks</c> writes the measured peaks as CSV (the test of the estimate reads it);
/// <c>--from</c> measures nothing and tables the current estimate against the peaks of such a CSV.
/// </summary>
internal static class MemoryPeaks
{
    /// <summary>The line before the table in the Markdown file.</summary>
    public const string StartMarker = "<!-- memory-table:start -->";

    /// <summary>The line after the table.</summary>
    public const string EndMarker = "<!-- memory-table:end -->";

    /// <summary>The columns of the peaks CSV.</summary>
    private static readonly string[] PeakColumns = ["team", "ticks", "replications", "threads", "policy", "peak_bytes"];

    private const string Usage = "usage: memory [--write PATH] [--peaks CSV] [--from CSV]";

    /// <summary>
    /// Team sizes from the default 8 to 10,000, ticks, replications and threads; every case stays
    /// under about 4 GiB so the grid runs on a shared 24 GiB machine (so team 10,000 runs one policy).
    /// </summary>
    public static IReadOnlyList<MemoryCase> Grid { get; } =
    [
        new(8, 300, 100, 1),
        new(8, 300, 100, 2),
        new(8, 1000, 100, 2),
        new(8, 300, 2000, 2),
        new(100, 300, 100, 2),
        new(1000, 100, 20, 1),
        new(1000, 100, 20, 2),
        new(2000, 50, 8, 2),
        new(5000, 20, 4, 1),
        new(5000, 20, 4, 2),
        new(7000, 10, 4, 2),
        new(10000, 10, 2, 1, "inquiry"),
    ];

    /// <summary>Runs the grid; 0 on success, 1 when a child fails, 2 on bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        string? write = null, peaks = null, recordedPeaks = null;
        for (int i = 0; i < args.Count; i++)
        {
            string value = i + 1 < args.Count ? args[i + 1] : string.Empty;
            switch (args[i])
            {
                case "--write" when value.Length > 0:
                    write = value;
                    i++;
                    break;
                case "--peaks" when value.Length > 0:
                    peaks = value;
                    i++;
                    break;
                case "--from" when value.Length > 0:
                    recordedPeaks = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"memory: bad argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (write is not null && !File.Exists(write))
        {
            Console.Error.WriteLine($"memory: no such file: {write}");
            return 2;
        }

        var measured = new List<(MemoryCase Case, double Estimate, long Peak)>();
        IEnumerable<(MemoryCase Case, long Peak)> cases = recordedPeaks is null ? Grid.Select(c => (c, Measure(c))) : Recorded(recordedPeaks);
        foreach ((MemoryCase c, long peak) in cases)
        {
            if (peak <= 0)
            {
                return 1;
            }

            double estimate = c.EstimateBytes();
            measured.Add((c, estimate, peak));
            Console.WriteLine(Row(c, estimate, peak));
        }

        string table = Table(measured);
        if (write is not null)
        {
            Replace(write, table);
            Console.WriteLine($"wrote the table into {write}");
        }

        if (peaks is not null)
        {
            var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
            using (CsvWriter csv = CsvWriter.ToFile(peaks, options, FileOptions.None))
            {
                foreach (string field in PeakColumns)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
                foreach (var (c, _, peak) in measured)
                {
                    foreach (string field in c.Fields().Append(peak.ToString(CultureInfo.InvariantCulture)))
                    {
                        csv.WriteField(field);
                    }

                    csv.EndRecord();
                }
            }

            Console.WriteLine($"wrote the peaks to {peaks}");
        }

        return 0;
    }

    /// <summary>The cases and peaks of a CSV written with <c>--peaks</c>.</summary>
    private static List<(MemoryCase Case, long Peak)> Recorded(string path)
    {
        var rows = new List<(MemoryCase, long)>();
        using CsvReader csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, FormatProvider = CultureInfo.InvariantCulture }, FileOptions.SequentialScan);
        csv.ReadHeader();
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            rows.Add((MemoryCase.Parse(fields), long.Parse(fields[^1], CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    /// <summary>
    /// The child: runs one case as <c>teamsim run</c> does (load, override, resolve, validate, run,
    /// write CSV files, plots and report into a temporary folder, move it into place) and prints its
    /// peak resident bytes. The benchmarks may not reference the CLI project, so this repeats the
    /// steps of <c>RunCommand</c>.
    /// </summary>
    public static int RunChild(IReadOnlyList<string> args)
    {
        MemoryCase c = MemoryCase.Parse(args);
        string target = Path.Combine(Path.GetTempPath(), "teamsim-memory-" + Guid.NewGuid().ToString("N"));
        try
        {
            var started = DateTimeOffset.UtcNow;
            var loader = new ScenarioLoader(BuiltInModels.Catalog);
            Scenario effective = loader.Resolver.ApplyOverrides(loader.Load(MemoryCase.Scenario), c.Overrides());
            ResolvedScenario resolved = loader.Resolver.Resolve(effective);
            var runner = new RunnerOptions(c.Threads);
            ScenarioResolver.CheckModelAccepts(resolved);
            using (OutputFolder folder = OutputFolder.Begin(target, force: false))
            {
                ExperimentResult result = ReplicationRunner.Run(resolved, runner);
                var request = new OutputRequest(target, false, true, false, runner.EffectiveThreads, started, 0, c.Arguments(target));
                ResultWriter.WriteFiles(result, folder, request);
                ReportWriter.Write(folder.TempPath, BuiltInModels.Catalog, shownFolder: folder.Target);
                folder.Commit();
            }

            Console.WriteLine(PeakResidentBytes().ToString(CultureInfo.InvariantCulture));
            return 0;
        }
        finally
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    /// <summary>VmHWM of /proc/self/status: the most resident memory this process has had.</summary>
    private static long PeakResidentBytes()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                string kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException("/proc/self/status has no VmHWM line (Linux only)");
    }

    private static long Measure(MemoryCase c)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("memory-case");
        foreach (string n in c.Fields())
        {
            start.ArgumentList.Add(n);
        }

        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0 || !long.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long peak))
        {
            Console.Error.WriteLine($"memory: case {Name(c)} failed (exit {child.ExitCode})");
            return -1;
        }

        return peak;
    }

    private static string Table(IEnumerable<(MemoryCase Case, double Estimate, long Peak)> rows)
    {
        var text = new StringBuilder();
        text.Append("| case | estimate | measured peak | estimate / peak |\n|---|---|---|---|\n");
        foreach (var (c, estimate, peak) in rows)
        {
            text.Append(Row(c, estimate, peak)).Append('\n');
        }

        return text.ToString();
    }

    private static string Row(MemoryCase c, double estimate, long peak) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name(c)} | {Mib(estimate)} | {Mib(peak)} | {estimate / peak:0.000} |");

    private static string Name(MemoryCase c) => string.Create(CultureInfo.InvariantCulture,
        $"team {c.Team:#,0}, {c.Ticks:#,0} ticks, {c.Replications:#,0} replications, {c.Threads} thread{(c.Threads == 1 ? "" : "s")}{(c.Policy.Length > 0 ? ", policy " + c.Policy : "")}");

    private static string Mib(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):#,0} MiB");

    private static void Replace(string path, string table)
    {
        string text = File.ReadAllText(path);
        int start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        int end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{path}: no '{StartMarker}' ... '{EndMarker}' lines");
        }

        int from = start + StartMarker.Length;
        File.WriteAllText(path, text[..from] + "\n" + table + text[end..], new UTF8Encoding(false));
    }
}
