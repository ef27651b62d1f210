using TeamSim.Explorer.Simulation;

namespace TeamSim.Explorer.Components;

/// <summary>One line of a chart: a mean series with its confidence band.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Color">Stroke and band colour (Okabe-Ito hex).</param>
/// <param name="Dashed">Draw the mean dashed (to tell two metrics of one policy apart).</param>
/// <param name="Series">The values.</param>
public sealed record ChartLine(string Label, string Color, bool Dashed, ChartSeries Series);
