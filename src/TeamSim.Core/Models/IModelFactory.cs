using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.Models;

/// <summary>
/// Describes a model (its parameters and metrics) and creates runs of it. The team model and the
/// March (1991) model both implement it, so the runner, designs and outputs treat them alike.
/// </summary>
public interface IModelFactory
{
    /// <summary>The model's name in scenario files (<c>team</c>, <c>march1991</c>).</summary>
    string Name { get; }

    /// <summary>Every parameter with default, range and meaning.</summary>
    ParameterRegistry Parameters { get; }

    /// <summary>Columns of the per-tick series.</summary>
    IReadOnlyList<MetricDefinition> TickMetrics { get; }

    /// <summary>Columns of the per-run results.</summary>
    IReadOnlyList<MetricDefinition> RunMetrics { get; }

    /// <summary>Named parameter overrides that define the comparable policies (e.g. <c>command</c>, <c>inquiry</c>).</summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets { get; }

    /// <summary>Creates a run. All randomness comes from <paramref name="seeds"/>.</summary>
    IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options);
}
