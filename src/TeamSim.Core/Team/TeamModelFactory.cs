using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <summary>Creates runs of the team model (MODEL-BRIEF section 3); scenario name <c>team</c>.</summary>
public sealed class TeamModelFactory : ITeamModelFactory
{
    /// <inheritdoc />
    public string Name => "team";

    /// <inheritdoc />
    public ParameterRegistry Parameters => TeamParameters.Registry;

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> TickMetrics => TeamMetrics.Tick;

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> RunMetrics => TeamMetrics.Run;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> PolicyPresets => TeamPolicies.Presets;

    /// <inheritdoc />
    public IModel Create(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options) =>
        new TeamModel(parameters, seeds, options);

    /// <inheritdoc />
    public int MembersOf(ParameterSet parameters) => parameters.Int(TeamParameters.TeamSize.Name);

    /// <inheritdoc />
    public int DomainsOf(ParameterSet parameters) => parameters.Int(TeamParameters.TeamDomains.Name);
}
