using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Experiments.Tests.Fakes;

/// <summary>
/// A stand-in for the team model with the real registry, metrics and presets but trivial dynamics:
/// values are a deterministic function of the seeds and two levers, so runner and output tests do
/// not depend on the model's behaviour. Inquiry lowers damage; blame lowers reporting.
/// </summary>
public sealed class FakeTeamModelFactory : IModelFactory
{
    public string Name => "team";

    public ParameterRegistry Parameters => TeamParameters.Registry;

    public IReadOnlyList<MetricDefinition> TickMetrics => TeamMetrics.Tick;

    public IReadOnlyList<MetricDefinition> RunMetrics => TeamMetrics.Run;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => TeamPolicies.Presets;

    /// <summary>Runs created so far (thread-safe), to check the runner's work.</summary>
    public int Created => _created;

    private int _created;

    public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options)
    {
        if (parameters["incidents.difficulty_min"] > parameters["incidents.difficulty_max"])
        {
            throw new ArgumentException("incidents.difficulty_min must not exceed incidents.difficulty_max");
        }

        Interlocked.Increment(ref _created);
        return new FakeTeamModel(parameters, seeds, options, TickMetrics.Count, RunMetrics.Count);
    }

    public static ModelCatalog Catalog() => new([new FakeTeamModelFactory()]);
}
