using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CsvHelper;
using ScottPlot;
using ScottPlot.TickGenerators;
using TeamSim.Output.Plots;

namespace TeamSim.Benchmarks;

/// <summary>
/// Measures the scaling curve and writes it: team-scaling.csv and team-scaling.png/.svg (log-log,
/// with N and N log N guides through the smallest team). If a team-scaling-before.csv sits in the
/// same folder, it is drawn too, dashed, for before/after. Two clocks: BenchmarkDotNet's wall
/// time (<see cref="TeamScalingBenchmarks"/>), or process CPU time (<see cref="CpuTimeScaling"/>),
/// the steadier one on a shared machine.
/// </summary>
internal static class ScalingReport
{
    private const string Stem = "team-scaling";

    /// <param name="folder">Where the CSV and the plots go.</param>
    /// <param name="cpuTime">Measure process CPU time per tick instead of BenchmarkDotNet's wall time.</param>
    public static int Run(string folder, bool cpuTime)
    {
        Directory.CreateDirectory(folder);
        List<ScalingPoint> points = cpuTime ? MeasureCpuTime() : MeasureWallTime();

        if (points.Count == 0)
        {
            Console.Error.WriteLine("scaling: no benchmark results");
            return 1;
        }

        points.Sort((a, b) => a.N.CompareTo(b.N));
        Write(Path.Combine(folder, Stem + ".csv"), points);
        string beforePath = Path.Combine(folder, Stem + "-before.csv");
        List<ScalingPoint>? before = File.Exists(beforePath) ? Read(beforePath) : null;
        Plot plot = Draw(points, before, cpuTime ? "CPU microseconds per tick (median, one core)" : "microseconds per tick (median, one core)");
        plot.SavePng(Path.Combine(folder, Stem + ".png"), 1200, 750);
        plot.SaveSvg(Path.Combine(folder, Stem + ".svg"), 1200, 750);
        PrintTable(points);
        return 0;
    }

    private static List<ScalingPoint> MeasureWallTime()
    {
        Summary summary = BenchmarkRunner.Run<TeamScalingBenchmarks>(DefaultConfig.Instance.AddJob(BenchmarkSetup.StandardJob));
        var points = new List<ScalingPoint>();
        foreach (BenchmarkReport report in summary.Reports)
        {
            if (report.ResultStatistics is null)
            {
                continue;
            }

            int n = (int)report.BenchmarkCase.Parameters["N"];
            double bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? double.NaN;
            points.Add(new ScalingPoint(n, report.ResultStatistics.Median, report.ResultStatistics.Mean, bytes));
        }

        return points;
    }

    private static List<ScalingPoint> MeasureCpuTime()
    {
        var points = new List<ScalingPoint>();
        foreach (int n in CpuTimeScaling.Sizes)
        {
            ScalingPoint p = CpuTimeScaling.Measure(n);
            Console.WriteLine(F("N={0}: {1:F2} us CPU per tick (median), {2:F2} us (mean), {3} B per tick", n, p.MedianNsPerTick / 1000, p.MeanNsPerTick / 1000, p.BytesPerTick));
            points.Add(p);
        }

        return points;
    }

    private static void PrintTable(List<ScalingPoint> points)
    {
        Console.WriteLine("| N | median per tick | mean per tick | member-ticks/s | allocated per tick | local exponent |");
        Console.WriteLine("|---|---|---|---|---|---|");
        for (int i = 0; i < points.Count; i++)
        {
            ScalingPoint p = points[i];
            string exponent = i == 0 ? "" : F("{0:F2}", Slope(points[i - 1], p));
            Console.WriteLine(F("| {0} | {1:F2} us | {2:F2} us | {3:N0} | {4} B | {5} |", p.N, p.MedianNsPerTick / 1000, p.MeanNsPerTick / 1000, p.MemberTicksPerSecond, p.BytesPerTick, exponent));
        }

        Console.WriteLine(F("Least-squares exponent over all sizes: {0:F2} (N log N over the same sizes: {1:F2})", FitExponent(points, p => p.MedianNsPerTick), FitExponent(points, p => p.N * Math.Log(p.N))));
    }

    private static double Slope(ScalingPoint a, ScalingPoint b) =>
        Math.Log(b.MedianNsPerTick / a.MedianNsPerTick) / Math.Log(b.N / (double)a.N);

    /// <summary>Slope of log cost against log N by least squares.</summary>
    private static double FitExponent(List<ScalingPoint> points, Func<ScalingPoint, double> cost)
    {
        double mx = points.Average(p => Math.Log(p.N));
        double my = points.Average(p => Math.Log(cost(p)));
        double sxy = points.Sum(p => (Math.Log(p.N) - mx) * (Math.Log(cost(p)) - my));
        double sxx = points.Sum(p => (Math.Log(p.N) - mx) * (Math.Log(p.N) - mx));
        return sxy / sxx;
    }

    private static Plot Draw(List<ScalingPoint> points, List<ScalingPoint>? before, string yLabel)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        double[] logN = points.Select(p => Math.Log10(p.N)).ToArray();

        // Guides through the smallest team: cost proportional to N and to N log N.
        ScalingPoint first = points[0];
        AddGuide(plot, logN, points.Select(p => first.MedianNsPerTick * p.N / first.N), "proportional to N", OkabeIto.For(4));
        AddGuide(plot, logN, points.Select(p => first.MedianNsPerTick * p.N * Math.Log(p.N) / (first.N * Math.Log(first.N))), "proportional to N log N", OkabeIto.For(5));

        if (before is not null)
        {
            var old = plot.Add.Scatter(before.Select(p => Math.Log10(p.N)).ToArray(), before.Select(p => Math.Log10(p.MedianNsPerTick / 1000)).ToArray());
            old.Color = OkabeIto.For(0);
            old.LineWidth = 3;
            old.MarkerSize = 10;
            old.LinePattern = LinePattern.Dashed;
            old.LegendText = "before";
        }

        var now = plot.Add.Scatter(logN, points.Select(p => Math.Log10(p.MedianNsPerTick / 1000)).ToArray());
        now.Color = OkabeIto.For(1);
        now.LineWidth = 3;
        now.MarkerSize = 10;
        now.LegendText = before is null ? "measured" : "after";

        plot.Axes.Bottom.TickGenerator = LogTicks();
        plot.Axes.Left.TickGenerator = LogTicks();
        plot.Title("Team model: cost of one tick against team size N (arrivals 0.05 x N per tick)", 22);
        plot.XLabel("team size N (members)", 22);
        plot.YLabel(yLabel, 22);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 18;
        plot.Axes.Left.TickLabelStyle.FontSize = 18;
        plot.Legend.FontSize = 18;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return plot;
    }

    private static void AddGuide(Plot plot, double[] logN, IEnumerable<double> ns, string label, Color color)
    {
        var line = plot.Add.ScatterLine(logN, ns.Select(v => Math.Log10(v / 1000)).ToArray());
        line.Color = color;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dotted;
        line.LegendText = label;
    }

    /// <summary>Ticks at powers of ten on an axis that holds log10 values, with log-spaced minor ticks.</summary>
    private static NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = v => Math.Pow(10, v).ToString("#,0.###", CultureInfo.InvariantCulture),
    };

    private static readonly string[] Columns = ["n", "median_ns_per_tick", "mean_ns_per_tick", "bytes_per_tick", "member_ticks_per_second"];

    private static void Write(string path, List<ScalingPoint> points)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using CsvWriter csv = CsvWriter.ToFile(path, options, FileOptions.None);
        foreach (string column in Columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (ScalingPoint p in points)
        {
            csv.WriteField(p.N);
            csv.WriteField(p.MedianNsPerTick);
            csv.WriteField(p.MeanNsPerTick);
            csv.WriteField(p.BytesPerTick);
            csv.WriteField(p.MemberTicksPerSecond);
            csv.EndRecord();
        }
    }

    private static List<ScalingPoint> Read(string path)
    {
        var points = new List<ScalingPoint>();
        using CsvReader csv = CsvReader.FromFile(path, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, FileOptions.None);
        while (csv.Read())
        {
            points.Add(new ScalingPoint(csv.Parse<int>(Columns[0]), csv.Parse<double>(Columns[1]), csv.Parse<double>(Columns[2]), csv.Parse<double>(Columns[3])));
        }

        return points;
    }

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
