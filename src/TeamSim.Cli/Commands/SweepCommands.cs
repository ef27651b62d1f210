using System.CommandLine;
using TeamSim.Core.Models;

namespace TeamSim.Cli.Commands;

/// <summary>The parameter-study commands (<c>sweep</c>, <c>merge</c>, <c>analyze</c>), added to the root together.</summary>
public static class SweepCommands
{
    /// <summary>Adds the sweep commands to <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root, ModelCatalog models)
    {
        root.Add(SweepCommand.Create(models));
        root.Add(MergeCommand.Create());
        root.Add(AnalyzeCommand.Create(models));
    }
}
