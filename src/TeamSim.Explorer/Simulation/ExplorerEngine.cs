using TeamSim.Analysis.Running;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Team;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// Runs the real team model, exactly as the CLI's replication runner does: replication r of every
/// policy is seeded by <see cref="CommonSeeds"/> and stepped until the horizon or the model's
/// own stopping rule (<see cref="RunLoop"/>). So the explorer's per-run numbers equal the CLI's runs.csv values.
/// </summary>
public static class ExplorerEngine
{
    /// <summary>The team model.</summary>
    public static IModelFactory Model { get; } = new TeamModelFactory();

    /// <summary>Runs one replication of one policy.</summary>
    /// <param name="parameters">The policy's complete parameter set.</param>
    /// <param name="seed">Master seed of the comparison.</param>
    /// <param name="replication">Replication index, 0-based (shared by both policies: common random numbers).</param>
    /// <param name="ticks">Horizon, ticks.</param>
    /// <param name="series">Receives the per-tick metrics, tick-major; at least <paramref name="ticks"/> x tick-metric count long.</param>
    /// <param name="runMetrics">Receives the per-run metrics in runs.csv order.</param>
    /// <returns>The ticks actually run.</returns>
    public static int RunOne(ParameterSet parameters, ulong seed, int replication, int ticks, Span<double> series, Span<double> runMetrics)
    {
        int columns = Model.TickMetrics.Count;
        IModel model = Model.Create(parameters, CommonSeeds.Replication(seed, replication), new ModelRunOptions(ticks));
        int ran = RunLoop.Run(model, ticks, series, columns);
        model.WriteRunMetrics(runMetrics);
        return ran;
    }
}
