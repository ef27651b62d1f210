namespace TeamSim.Core.Models;

/// <summary>A named output of a model: a per-tick series column or a per-run total.</summary>
/// <param name="Name">Stable snake_case column name used in CSV files.</param>
/// <param name="Description">One line saying what it measures, with its unit or range.</param>
/// <param name="LowerIsBetter">True for harms (damage, errors), false for goods; plots and reports use it.</param>
public sealed record MetricDefinition(string Name, string Description, bool LowerIsBetter = false);
