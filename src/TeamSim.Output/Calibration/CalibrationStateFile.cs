using System.Globalization;
using System.Text.Json;
using TeamSim.Experiments;
using TeamSim.Experiments.Calibration;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Calibration;

/// <summary>
/// One finished generation on disk (<c>.partial/generation-NNN.json</c>, with its SHA-256 in
/// <c>generation-NNN.json.sha256</c>, as sweep chunks): the kept particles with every number written
/// round-trip exact, so a resumed calibration continues from exactly the state it saved.
/// </summary>
internal static class CalibrationStateFile
{
    /// <summary>The <c>format</c> field of a generation file.</summary>
    public const string Format = "teamsim-calibration-generation";

    /// <summary>What to do about a damaged generation file.</summary>
    public const string Advice = "delete it and its .sha256 to run that generation again, or start over with --force";

    /// <summary>The file name of generation <paramref name="number"/>.</summary>
    public static string Name(int number) => string.Create(CultureInfo.InvariantCulture, $"generation-{number:000}.json");

    /// <summary>Writes a generation: temporary file and checksum first, then a rename, so a killed process never leaves a named but partial file.</summary>
    public static void Write(string folder, string calibrationHash, CalibrationGeneration generation)
    {
        string path = Path.Combine(folder, Name(generation.Number));
        string temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("calibration_hash", calibrationHash);
            json.WriteNumber("generation", generation.Number);
            WriteNumber(json, "tolerance", generation.Tolerance);
            if (generation.AcceptanceRate is double rate)
            {
                json.WriteNumber("acceptance_rate", rate);
            }
            else
            {
                json.WriteNull("acceptance_rate");
            }

            json.WriteNumber("simulated", generation.Simulated);
            json.WriteNumber("runs", generation.Runs);
            json.WriteStartArray("particles");
            foreach (CalibrationParticle p in generation.Particles)
            {
                json.WriteStartObject();
                Numbers(json, "unit", p.Unit);
                WriteNumber(json, "weight", p.Weight);
                WriteNumber(json, "distance", p.Distance);
                Numbers(json, "means", p.Means);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        SweepChunkCheck.WriteChecksum(temp, path);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads generation <paramref name="number"/> of <paramref name="definition"/>.</summary>
    /// <exception cref="InputException">Damaged, truncated or from another calibration; one line naming the file and what to do.</exception>
    public static CalibrationGeneration Read(string path, int number, CalibrationDefinition definition)
    {
        string checksum = SweepChunkCheck.ChecksumPath(path);
        if (!File.Exists(checksum) || File.ReadAllText(checksum).Trim() != SweepChunkCheck.Hash(path))
        {
            throw Damaged(path, "its checksum does not match; the file is truncated or damaged");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            if (root.GetProperty("format").GetString() != Format || root.GetProperty("generation").GetInt32() != number)
            {
                throw Damaged(path, "it is not this generation's file");
            }

            if (root.GetProperty("calibration_hash").GetString() != definition.Hash())
            {
                throw Damaged(path, "it belongs to another calibration (the file's settings changed)");
            }

            var particles = new List<CalibrationParticle>();
            foreach (JsonElement p in root.GetProperty("particles").EnumerateArray())
            {
                double[] unit = Numbers(p.GetProperty("unit"));
                double[] means = Numbers(p.GetProperty("means"));
                if (unit.Length != definition.Factors.Count || means.Length != definition.Targets.Count)
                {
                    throw Damaged(path, "its particles do not match this calibration's factors and targets");
                }

                particles.Add(new CalibrationParticle(unit, definition.Values(unit), ReadNumber(p.GetProperty("weight")), ReadNumber(p.GetProperty("distance")), means));
            }

            JsonElement rate = root.GetProperty("acceptance_rate");
            return new CalibrationGeneration(
                number,
                ReadNumber(root.GetProperty("tolerance")),
                rate.ValueKind == JsonValueKind.Null ? null : rate.GetDouble(),
                root.GetProperty("simulated").GetInt32(),
                root.GetProperty("runs").GetInt64(),
                particles);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw Damaged(path, "it cannot be read as a generation file");
        }
    }

    private static InputException Damaged(string path, string what) => new($"{path}: {what}; {Advice}");

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (double v in values)
        {
            WriteNumberValue(json, v);
        }

        json.WriteEndArray();
    }

    // JSON has no infinity or NaN: those are written as strings.
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        WriteNumberValue(json, value);
    }

    private static void WriteNumberValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static double ReadNumber(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? double.Parse(element.GetString()!, CultureInfo.InvariantCulture)
        : element.GetDouble();

    private static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(ReadNumber).ToArray();
}
