using System.Diagnostics;
using System.Text.Json;
using TeamSim.Core.March1991;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.March;
using TeamSim.Output.Manifest;

namespace TeamSim.Output.March;

/// <summary>
/// Writes the outputs of <c>teamsim march</c> into a temporary folder, then renames it into place:
/// march.csv, march_open.csv (when open systems were computed), plots/ and manifest.json.
/// </summary>
public static class MarchOutputWriter
{
    /// <summary>Writes every output and returns the phase timings.</summary>
    /// <param name="options">The Figure 1 options that produced <paramref name="rows"/>.</param>
    /// <param name="rows">The Figure 1 table.</param>
    /// <param name="series">Open-system series, possibly empty.</param>
    /// <param name="request">Where to write and what to record.</param>
    /// <exception cref="Experiments.InputException">The target folder is not usable (exists, not empty, without force).</exception>
    public static PhaseTimings Write(MarchFigure1Options options, IReadOnlyList<MarchFigure1Row> rows, IReadOnlyList<MarchOpenSystemSeries> series, MarchOutputRequest request)
    {
        using OutputFolder folder = OutputFolder.Begin(request.Target, request.Force);
        PhaseTimings timings = WriteFiles(options, rows, series, folder, request);
        folder.Commit();
        return timings;
    }

    /// <summary>Writes every output into <paramref name="folder"/>'s temporary folder without committing it.</summary>
    /// <param name="options">The Figure 1 options that produced <paramref name="rows"/>.</param>
    /// <param name="rows">The Figure 1 table.</param>
    /// <param name="series">Open-system series, possibly empty.</param>
    /// <param name="folder">The folder being written.</param>
    /// <param name="request">What to record.</param>
    public static PhaseTimings WriteFiles(
        MarchFigure1Options options, IReadOnlyList<MarchFigure1Row> rows, IReadOnlyList<MarchOpenSystemSeries> series, OutputFolder folder, MarchOutputRequest request)
    {
        var files = new List<string>();
        var clock = Stopwatch.StartNew();
        MarchCsvWriter.WriteTable(rows, folder.PathFor("march.csv"));
        files.Add("march.csv");
        if (series.Count > 0)
        {
            MarchCsvWriter.WriteOpenSystems(series, folder.PathFor("march_open.csv"));
            files.Add("march_open.csv");
        }

        double write = clock.Elapsed.TotalSeconds;
        clock.Restart();
        if (request.Plots)
        {
            files.AddRange(MarchPlotWriter.WriteAll(rows, series, folder.PathFor));
        }

        var timings = new PhaseTimings(request.SimulateSeconds, write, clock.Elapsed.TotalSeconds);
        WriteManifest(folder.PathFor("manifest.json"), options, series, ["manifest.json", .. files], timings, request);
        return timings;
    }

    private static void WriteManifest(
        string path, MarchFigure1Options options, IReadOnlyList<MarchOpenSystemSeries> series, IReadOnlyList<string> files, PhaseTimings timings, MarchOutputRequest request)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" });
        json.WriteStartObject();
        ManifestWriter.WriteHeader(json, request.StartedUtc, request.CommandLine);
        json.WriteString("model", March1991Factory.ModelName);
        json.WriteStartObject("figure1");
        json.WriteNumber("seed", options.MasterSeed);
        json.WriteNumber("iterations", options.Iterations);
        WriteNumbers(json, "p1", options.P1);
        WriteNumbers(json, "p2", options.P2);
        json.WriteString("random_numbers", "independent cells: cell c (p2-major) and iteration r use RunSeeds(seed, c, r)");
        ParameterSet parameters = options.BaseParameters ?? MarchParameters.Registry.Defaults();
        json.WriteStartObject("parameters");
        foreach (ParameterSpec spec in parameters.Registry.Specs)
        {
            if (spec.Name is not (MarchParameters.Socialisation or MarchParameters.CodeLearning or MarchParameters.Turnover or MarchParameters.Turbulence or MarchParameters.Horizon))
            {
                json.WriteString(spec.Name, spec.FormatValue(parameters[spec.Name]));
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("open_systems");
        foreach (MarchOpenSystemSeries s in series)
        {
            json.WriteStartObject();
            json.WriteNumber("p1", s.Options.P1);
            json.WriteNumber("p2", s.Options.P2);
            json.WriteNumber("p3", s.Options.P3);
            json.WriteNumber("p4", s.Options.P4);
            json.WriteNumber("horizon", s.Options.Horizon);
            json.WriteNumber("iterations", s.Options.Iterations);
            json.WriteNumber("seed", s.Options.MasterSeed);
            json.WriteNumber("design_point", s.Options.DesignPoint);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ManifestWriter.WriteExecution(json, request.Threads, files, timings);
        json.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (double v in values)
        {
            json.WriteNumberValue(v);
        }

        json.WriteEndArray();
    }
}
