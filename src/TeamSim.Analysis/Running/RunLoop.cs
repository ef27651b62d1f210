using TeamSim.Core.Models;

namespace TeamSim.Analysis.Running;

/// <summary>
/// The step loop of a batch run, the same in the CLI's replication runner and the explorer: step
/// until the horizon or the model's own stopping rule, recording every tick's metrics.
/// </summary>
public static class RunLoop
{
    /// <summary>Steps <paramref name="model"/> to <paramref name="ticks"/> (or until it finishes) and writes each tick's metrics.</summary>
    /// <param name="model">A freshly created run.</param>
    /// <param name="ticks">Horizon, ticks, at least 0.</param>
    /// <param name="series">Receives the per-tick metrics, tick-major: row t - 1 holds tick t; at least <paramref name="ticks"/> x <paramref name="columns"/> long.</param>
    /// <param name="columns">The model's tick-metric count.</param>
    /// <returns>The ticks actually run.</returns>
    public static int Run(IModel model, int ticks, Span<double> series, int columns)
    {
        int ran = 0;
        while (!model.IsFinished && model.Tick < ticks)
        {
            model.Step();
            ran = model.Tick;
            model.WriteTickMetrics(series.Slice((ran - 1) * columns, columns));
        }

        return ran;
    }
}
