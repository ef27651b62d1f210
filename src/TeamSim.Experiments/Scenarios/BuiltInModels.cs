using TeamSim.Core.March1991;
using TeamSim.Core.Models;
using TeamSim.Core.Team;

namespace TeamSim.Experiments.Scenarios;

/// <summary>The one place that lists the models a scenario can name. Add a new model's factory here.</summary>
public static class BuiltInModels
{
    /// <summary>Every built-in model.</summary>
    public static ModelCatalog Catalog { get; } = new([new TeamModelFactory(), new March1991Factory()]);

    /// <summary>The model used when a scenario names none.</summary>
    public const string DefaultModel = "team";
}
