using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Output.Tests.Sweeps;

/// <summary>
/// A test-only model with a known regime boundary: gain = effect * 4 (x + y - 1) + 3 w + noise, where each
/// policy draws its own normal noise (sd 0.25) (stream <c>stream</c>). With effect 1 against effect 0,
/// the second policy is better exactly where x + y &gt; 1; w moves both policies alike, so not their difference.
/// </summary>
internal sealed class SignBoundaryModelFactory : IModelFactory
{
    public string Name => "sign-boundary";

    public ParameterRegistry Parameters { get; } = new(
    [
        new ParameterSpec("x", ParameterKind.Real, 0.5, 0, 1, "first factor"),
        new ParameterSpec("y", ParameterKind.Real, 0.5, 0, 1, "second factor"),
        new ParameterSpec("effect", ParameterKind.Real, 0, 0, 1, "how strongly x + y - 1 moves the gain"),
        new ParameterSpec("stream", ParameterKind.Integer, 0, 0, 10, "the policy's noise stream"),
        new ParameterSpec("w", ParameterKind.Real, 0, 0, 1, "raises every policy's gain alike (3 w)"),
    ]);

    public IReadOnlyList<MetricDefinition> TickMetrics { get; } = [new("gain_tick", "gain")];

    public IReadOnlyList<MetricDefinition> RunMetrics { get; } = [new("gain", "effect * 4 (x + y - 1) + noise (sd 0.25)")];

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["flat"] = new Dictionary<string, double>(),
            ["tilted"] = new Dictionary<string, double> { ["effect"] = 1, ["stream"] = 1 },
        };

    public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options)
    {
        double noise = 0.25 * seeds.Stream((int)parameters["stream"]).NextGaussian();
        double gain = (parameters["effect"] * 4 * (parameters["x"] + parameters["y"] - 1)) + (3 * parameters["w"]) + noise;
        return new Model(gain);
    }

    private sealed class Model(double gain) : IModel
    {
        public int Tick { get; private set; }

        public bool IsFinished => Tick >= 1;

        public void Step() => Tick++;

        public void WriteTickMetrics(Span<double> destination) => destination[0] = gain;

        public void WriteRunMetrics(Span<double> destination) => destination[0] = gain;
    }
}
