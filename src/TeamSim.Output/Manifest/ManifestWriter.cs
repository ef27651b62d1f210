using System.Text;
using System.Text.Json;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Output.Manifest;

/// <summary>Writes manifest.json: what ran (scenario, resolved parameters per policy, seed), with what, and how long it took.</summary>
public static class ManifestWriter
{
    /// <summary>Version of the manifest layout; raised when a field changes meaning.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Writes the fields every manifest starts with (format, schema and TeamSim version, git commit, start time in
    /// UTC, command line) into the open top-level object of <paramref name="json"/>.
    /// </summary>
    /// <param name="json">The writer, inside the manifest's top-level object.</param>
    /// <param name="createdUtc">When the run or study started.</param>
    /// <param name="commandLine">The command-line arguments, if any.</param>
    public static void WriteHeader(Utf8JsonWriter json, DateTimeOffset createdUtc, IReadOnlyList<string> commandLine)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(commandLine);
        json.WriteString("format", ResultsManifest.Format);
        json.WriteNumber("schema_version", SchemaVersion);
        json.WriteString("teamsim_version", BuildInfo.Version);
        if (BuildInfo.Commit is string commit)
        {
            json.WriteString("git_commit", commit);
        }
        else
        {
            json.WriteNull("git_commit");
        }

        json.WriteString("created_utc", createdUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("command_line");
        foreach (string arg in commandLine)
        {
            json.WriteStringValue(arg);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the manifest.</summary>
    /// <param name="path">File to write.</param>
    /// <param name="scenario">The resolved scenario that ran.</param>
    /// <param name="files">Output files, relative to the results folder.</param>
    /// <param name="timings">Phase timings.</param>
    /// <param name="threads">Worker threads used (does not change results).</param>
    /// <param name="createdUtc">When the run started.</param>
    /// <param name="commandLine">The command-line arguments, if any.</param>
    public static void Write(string path, ResolvedScenario scenario, IReadOnlyList<string> files, PhaseTimings timings, int threads, DateTimeOffset createdUtc, IReadOnlyList<string> commandLine)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" });
        Scenario s = scenario.Scenario;
        ParameterRegistry registry = scenario.Model.Parameters;
        json.WriteStartObject();
        WriteHeader(json, createdUtc, commandLine);
        json.WriteStartObject("scenario");
        json.WriteString("name", s.Name);
        json.WriteString("description", s.Description);
        json.WriteString("source", s.Source);
        json.WriteString("model", s.Model);
        json.WriteNumber("ticks", s.Ticks);
        json.WriteNumber("replications", s.Replications);
        json.WriteNumber("seed", s.Seed);
        json.WriteString("random_numbers", "common: replication r of every policy uses RunSeeds(seed, 0, r)");
        WriteValues(json, "parameters", registry, s.Parameters);
        WriteValues(json, "overrides", registry, s.Overrides);
        json.WriteEndObject();

        json.WriteStartArray("policies");
        foreach (ResolvedPolicy policy in scenario.Policies)
        {
            json.WriteStartObject();
            json.WriteString("name", policy.Name);
            if (policy.Preset is null)
            {
                json.WriteNull("preset");
            }
            else
            {
                json.WriteString("preset", policy.Preset);
            }

            json.WriteStartObject("parameters");
            foreach (ParameterSpec spec in registry.Specs)
            {
                WriteValue(json, spec, policy.Parameters[spec.Name]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteExecution(json, threads, files, timings);
        json.WriteEndObject();
        json.Flush();
        stream.Write(Encoding.UTF8.GetBytes("\n"));
    }

    private static void WriteValues(Utf8JsonWriter json, string name, ParameterRegistry registry, IReadOnlyList<ParameterValue> values)
    {
        json.WriteStartObject(name);
        foreach (ParameterValue v in values)
        {
            if (registry.TryGet(v.Name, out ParameterSpec spec))
            {
                WriteValue(json, spec, v.Value);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, ParameterSpec spec, double value)
    {
        switch (spec.Kind)
        {
            case ParameterKind.Boolean:
                json.WriteBoolean(spec.Name, value != 0);
                break;
            case ParameterKind.Choice:
                json.WriteString(spec.Name, spec.FormatValue(value));
                break;
            default:
                json.WriteNumber(spec.Name, value);
                break;
        }
    }

    /// <summary>
    /// The part of a manifest that says how the results were made rather than what they are: the
    /// thread count, the files written and the wall time of each phase (simulate, write, plot).
    /// </summary>
    internal static void WriteExecution(Utf8JsonWriter json, int threads, IReadOnlyList<string> files, PhaseTimings timings)
    {
        json.WriteNumber("threads", threads);
        json.WriteStartArray("files");
        foreach (string file in files)
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        json.WriteStartObject("timings");
        json.WriteNumber("simulate_seconds", Math.Round(timings.SimulateSeconds, 3));
        json.WriteNumber("write_seconds", Math.Round(timings.WriteSeconds, 3));
        json.WriteNumber("plot_seconds", Math.Round(timings.PlotSeconds, 3));
        json.WriteEndObject();
    }
}
