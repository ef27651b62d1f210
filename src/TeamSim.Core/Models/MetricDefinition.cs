namespace TeamSim.Core.Models;

/// <summary>A named output of a model: a per-tick series column or a per-run total.</summary>
/// <param name="Name">Stable snake_case column name used in CSV files.</param>
/// <param name="Description">One line saying what it measures, with its unit or range.</param>
/// <param name="LowerIsBetter">True for harms (damage, errors), false for goods; plots and reports use it.</param>
public sealed record MetricDefinition(string Name, string Description, bool LowerIsBetter = false)
{
    /// <summary>The values the metric can take; written intervals of its mean stay inside them. Unbounded unless set.</summary>
    public MetricBounds Bounds { get; init; } = MetricBounds.Unbounded;

    /// <summary>A metric that is never negative (a count, damage, a time).</summary>
    public static MetricDefinition NonNegative(string name, string description, bool lowerIsBetter = false) =>
        new(name, description, lowerIsBetter) { Bounds = MetricBounds.NonNegative };

    /// <summary>A metric in [0, 1] (a share, a rate, a mean of [0, 1] state).</summary>
    public static MetricDefinition Share(string name, string description, bool lowerIsBetter = false) =>
        new(name, description, lowerIsBetter) { Bounds = MetricBounds.UnitInterval };
}
