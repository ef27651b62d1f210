using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Output.Tests.Sweeps;

/// <summary>A fast stand-in model: y = a + b * noise summed over ticks; throws when a exceeds fail_above.</summary>
internal sealed class FakeModelFactory : IModelFactory
{
    public string Name => "fake";

    public ParameterRegistry Parameters { get; } = new(
    [
        new ParameterSpec("a", ParameterKind.Real, 0.5, 0, 1, "signal"),
        new ParameterSpec("b", ParameterKind.Real, 1, 0, 10, "noise scale"),
        new ParameterSpec("c", ParameterKind.Integer, 1, 1, 5, "an integer"),
        new ParameterSpec("fail_above", ParameterKind.Real, 2, 0, 2, "runs with a above this throw"),
    ]);

    public IReadOnlyList<MetricDefinition> TickMetrics { get; } = [new("y_tick", "y this tick")];

    public IReadOnlyList<MetricDefinition> RunMetrics { get; } = [new("y", "mean y"), new("z", "a * c")];

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["plain"] = new Dictionary<string, double>(),
            ["noisy"] = new Dictionary<string, double> { ["b"] = 3 },
        };

    public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options)
    {
        if (parameters["a"] > parameters["fail_above"])
        {
            throw new InvalidOperationException($"a = {parameters["a"]} is too large");
        }

        return new FakeModel(parameters, seeds.Stream(0), options.Ticks);
    }

    private sealed class FakeModel(ParameterSet p, Xoshiro256StarStar random, int ticks) : IModel
    {
        private double _sum;

        public int Tick { get; private set; }

        public bool IsFinished => Tick >= ticks;

        public void Step()
        {
            _sum += p["a"] + (p["b"] * (random.NextDouble() - 0.5));
            Tick++;
        }

        public void WriteTickMetrics(Span<double> destination) => destination[0] = _sum;

        public void WriteRunMetrics(Span<double> destination)
        {
            destination[0] = _sum / Math.Max(1, Tick);
            destination[1] = p["a"] * p["c"];
        }
    }
}
