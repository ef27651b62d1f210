namespace TeamSim.Core.March1991;

/// <summary>Stream purposes of the March model: one random stream each, so draws for one purpose never shift another.</summary>
internal static class MarchStreams
{
    /// <summary>Initial reality.</summary>
    public const int Reality = 1;

    /// <summary>Initial member beliefs.</summary>
    public const int Beliefs = 2;

    /// <summary>Coin flips of members acting where they believe 0.</summary>
    public const int Actions = 3;

    /// <summary>Socialisation draws (p1).</summary>
    public const int Socialisation = 4;

    /// <summary>Code learning draws (p2).</summary>
    public const int CodeLearning = 5;

    /// <summary>Turnover draws and newcomers' beliefs (p3).</summary>
    public const int Turnover = 6;

    /// <summary>Turbulence draws (p4).</summary>
    public const int Turbulence = 7;
}
