using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <summary>The team model. PLACEHOLDER while the kernel is written: replaced in the next commit.</summary>
public sealed class TeamModel : IModel
{
    /// <summary>Creates a run.</summary>
    public TeamModel(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options) =>
        throw new NotSupportedException("team model not yet implemented");

    /// <inheritdoc />
    public int Tick => 0;

    /// <inheritdoc />
    public bool IsFinished => true;

    /// <inheritdoc />
    public void Step()
    {
    }

    /// <inheritdoc />
    public void WriteTickMetrics(Span<double> destination)
    {
    }

    /// <inheritdoc />
    public void WriteRunMetrics(Span<double> destination)
    {
    }
}
