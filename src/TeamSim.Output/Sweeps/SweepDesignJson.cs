using System.Text.Json;
using System.Text.Json.Serialization;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// The design block of a sweep manifest: the kind and only the settings that kind has (lhs:
/// points, candidates; sobol: base_samples, second_order; morris: trajectories, levels,
/// candidates; boundary: budget, metric, rounds, depth). Writing every field showed a Morris sweep as "points": 0 beside its 210 design
/// points. Reading accepts any of the keys, so manifests written with all of them still load.
/// </summary>
internal sealed class SweepDesignJson : JsonConverter<SweepDesignSpec>
{
    public override SweepDesignSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("design: expected an object");
        }

        var spec = new SweepDesignSpec("grid");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string key = reader.GetString() ?? string.Empty;
            reader.Read();
            spec = key switch
            {
                "kind" => spec with { Kind = reader.GetString() ?? throw new JsonException("design.kind: expected a string") },
                "points" => spec with { Points = reader.GetInt32() },
                "candidates" => spec with { Candidates = reader.GetInt32() },
                "base_samples" => spec with { BaseSamples = reader.GetInt32() },
                "second_order" => spec with { SecondOrder = reader.GetBoolean() },
                "trajectories" => spec with { Trajectories = reader.GetInt32() },
                "levels" => spec with { Levels = reader.GetInt32() },
                "budget" => spec with { Budget = reader.GetInt64() },
                "metric" => spec with { Metric = reader.GetString() ?? throw new JsonException("design.metric: expected a string") },
                "rounds" => spec with { Rounds = reader.GetInt32() },
                "depth" => spec with { Depth = reader.GetInt32() },
                _ => throw new JsonException($"design.{key}: unknown key"),
            };
        }

        return spec;
    }

    public override void Write(Utf8JsonWriter writer, SweepDesignSpec value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind);
        switch (value.Kind)
        {
            case "lhs":
                writer.WriteNumber("points", value.Points);
                writer.WriteNumber("candidates", value.Candidates);
                break;
            case "sobol":
                writer.WriteNumber("base_samples", value.BaseSamples);
                writer.WriteBoolean("second_order", value.SecondOrder);
                break;
            case "morris":
                writer.WriteNumber("trajectories", value.Trajectories);
                writer.WriteNumber("levels", value.Levels);
                writer.WriteNumber("candidates", value.Candidates);
                break;
            case "boundary":
                writer.WriteNumber("budget", value.Budget);
                writer.WriteString("metric", value.Metric);
                writer.WriteNumber("rounds", value.Rounds);
                writer.WriteNumber("depth", value.Depth);
                break;
        }

        writer.WriteEndObject();
    }
}
