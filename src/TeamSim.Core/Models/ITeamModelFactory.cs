using TeamSim.Core.Parameters;

namespace TeamSim.Core.Models;

/// <summary>
/// A capability of a model factory whose runs have a team of members (their models are
/// <see cref="ITeamView"/>): the team's shape for a parameter set, so a report can describe the team
/// and decide whether to draw it without creating a run or knowing the model's name.
/// </summary>
public interface ITeamModelFactory : IModelFactory
{
    /// <summary>Members of the team (the leader included) that runs with <paramref name="parameters"/> have, at least 1.</summary>
    int MembersOf(ParameterSet parameters);

    /// <summary>Areas of knowledge (expertise domains) that runs with <paramref name="parameters"/> have, at least 1.</summary>
    int DomainsOf(ParameterSet parameters);
}
