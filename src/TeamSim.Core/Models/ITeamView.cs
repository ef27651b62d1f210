namespace TeamSim.Core.Models;

/// <summary>
/// A capability of a model whose runs have a team of members: read access to the state a picture of
/// the team shows (the report's network, the explorer's frames). Callers ask for it
/// (<c>model is ITeamView team</c>) instead of knowing the model's type.
/// </summary>
public interface ITeamView
{
    /// <summary>Members of the team, the leader included, at least 1.</summary>
    int Members { get; }

    /// <summary>Areas of knowledge (expertise domains), at least 1.</summary>
    int Domains { get; }

    /// <summary>Open incidents now, at least 0.</summary>
    int OpenIncidents { get; }

    /// <summary>Psychological safety of member <paramref name="i"/>, [0, 1].</summary>
    double SafetyOf(int i);

    /// <summary>Expertise of member <paramref name="i"/> in domain <paramref name="k"/>, [0, 1].</summary>
    double ExpertiseOf(int i, int k);

    /// <summary>Benevolence trust of member <paramref name="i"/> in member <paramref name="j"/>, [0, 1].</summary>
    double BenevolenceOf(int i, int j);

    /// <summary>Incidents queued on member <paramref name="i"/>, at least 0.</summary>
    int QueueOf(int i);
}
