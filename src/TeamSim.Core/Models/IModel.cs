namespace TeamSim.Core.Models;

/// <summary>
/// One running simulation. The experiment code drives every model the same way: step until
/// <see cref="IsFinished"/>, reading per-tick metrics after each step and run metrics at the end.
/// </summary>
public interface IModel
{
    /// <summary>Number of ticks (periods) completed so far.</summary>
    int Tick { get; }

    /// <summary>True when the horizon or the model's own stopping rule is reached.</summary>
    bool IsFinished { get; }

    /// <summary>Advances the model by one tick.</summary>
    void Step();

    /// <summary>Writes the metrics of the last completed tick, in <see cref="IModelFactory.TickMetrics"/> order.</summary>
    /// <remarks>
    /// A model may compute some of them on the first read after a step (the team model does), so
    /// reading is not thread-safe: like stepping, one thread at a time per model.
    /// </remarks>
    void WriteTickMetrics(Span<double> destination);

    /// <summary>Writes the per-run totals and final values, in <see cref="IModelFactory.RunMetrics"/> order.</summary>
    void WriteRunMetrics(Span<double> destination);
}
