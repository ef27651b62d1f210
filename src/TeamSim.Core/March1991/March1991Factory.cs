using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.March1991;

/// <summary>Creates runs of March's (1991) exploration/exploitation model; scenario name <c>march1991</c>.</summary>
public sealed class March1991Factory : IModelFactory
{
    /// <summary>The model's name in scenario files.</summary>
    public const string ModelName = "march1991";

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public ParameterRegistry Parameters => MarchParameters.Registry;

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> TickMetrics => MarchMetrics.Tick;

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> RunMetrics => MarchMetrics.Run;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => MarchPolicies.Presets;

    /// <inheritdoc />
    public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options) =>
        new MarchModel(parameters, seeds, options);
}
