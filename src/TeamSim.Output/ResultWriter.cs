using System.Diagnostics;
using TeamSim.Experiments.Running;
using TeamSim.Output.Csv;
using TeamSim.Output.Manifest;
using TeamSim.Output.Plots;

namespace TeamSim.Output;

/// <summary>Writes every output of a scenario run into a temporary folder, then renames it into place.</summary>
public static class ResultWriter
{
    /// <summary>The CSV files every run writes, in the order written.</summary>
    public static IReadOnlyList<string> CsvFiles { get; } = ["runs.csv", "timeseries.csv", "summary.csv", "comparison.csv"];

    /// <summary>Writes the outputs and returns the phase timings.</summary>
    /// <exception cref="Experiments.InputException">The target folder is not usable (exists, not empty, without force).</exception>
    public static PhaseTimings Write(ExperimentResult result, OutputRequest request)
    {
        using OutputFolder folder = OutputFolder.Begin(request.Target, request.Force);
        PhaseTimings timings = WriteFiles(result, folder, request);
        folder.Commit();
        return timings;
    }

    /// <summary>
    /// Writes the outputs into <paramref name="folder"/>'s temporary folder without committing it,
    /// so the caller can add more (report.html) before the folder appears, complete, in one rename.
    /// </summary>
    public static PhaseTimings WriteFiles(ExperimentResult result, OutputFolder folder, OutputRequest request)
    {
        var files = new List<string>();
        var clock = Stopwatch.StartNew();
        ResultCsvWriter.WriteRuns(result, folder.PathFor("runs.csv"));
        ResultCsvWriter.WriteTimeSeries(result, folder.PathFor("timeseries.csv"));
        ResultCsvWriter.WriteSummary(result, folder.PathFor("summary.csv"));
        ResultCsvWriter.WriteComparison(result, folder.PathFor("comparison.csv"));
        files.AddRange(CsvFiles);
        if (request.Events)
        {
            ResultCsvWriter.WriteEvents(result, folder.PathFor("events.csv"));
            files.Add("events.csv");
        }

        double write = clock.Elapsed.TotalSeconds;
        clock.Restart();
        if (request.Plots)
        {
            files.AddRange(PlotWriter.WriteAll(result, folder.PathFor));
        }

        double plot = clock.Elapsed.TotalSeconds;
        var timings = new PhaseTimings(request.SimulateSeconds, write, plot);
        ManifestWriter.Write(folder.PathFor("manifest.json"), result.Scenario, ["manifest.json", .. files], timings, request.Threads, request.StartedUtc, request.CommandLine);
        return timings;
    }
}
