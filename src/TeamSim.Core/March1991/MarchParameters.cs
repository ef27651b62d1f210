using TeamSim.Core.Parameters;

namespace TeamSim.Core.March1991;

/// <summary>
/// The registry of the March (1991) exploration/exploitation model's parameters, with the
/// operational rules of Christensen (2015) as the default reading and March's own text as switches.
/// </summary>
/// <remarks>
/// March, J. G. (1991). Exploration and exploitation in organizational learning. Organization
/// Science 2(1), 71-87. Christensen, M. (2015), a note giving the operational rules the 1991
/// text leaves out. See docs/VALIDATION.md for every rule and interpretation.
/// </remarks>
public static class MarchParameters
{
    /// <summary>Number of reality dimensions m (at most 64: beliefs are stored as 64-bit masks).</summary>
    public const string Dimensions = "m";

    /// <summary>Number of members n.</summary>
    public const string Members = "n";

    /// <summary>Socialisation rate p1: per member, dimension and period, the chance a belief steps toward the code.</summary>
    public const string Socialisation = "p1";

    /// <summary>Code learning rate p2: the code adopts a superior-group majority with probability 1 - (1 - p2)^k.</summary>
    public const string CodeLearning = "p2";

    /// <summary>Turnover p3: per member and period, the chance of being replaced by a newcomer (open system).</summary>
    public const string Turnover = "p3";

    /// <summary>Turbulence p4: per dimension and period, the chance reality flips (open system).</summary>
    public const string Turbulence = "p4";

    /// <summary>Fixed horizon of an open system, in periods.</summary>
    public const string Horizon = "horizon";

    /// <summary>Safety cap on the periods of a closed system that has not reached equilibrium.</summary>
    public const string MaxPeriods = "max_periods";

    /// <summary>Switch: socialisation moves a belief straight to the code's value (March's text) instead of one step.</summary>
    public const string BeliefJump = "variant.belief_jump";

    /// <summary>Switch: the superior group is judged, and votes, by beliefs (March's text) instead of by this period's actions.</summary>
    public const string SuperiorByBeliefs = "variant.superior_by_beliefs";

    private const string March = "March 1991";
    private const string Christensen = "Christensen 2015 (operational rules)";

    /// <summary>Every parameter, in the order <c>teamsim params</c> lists them.</summary>
    public static ParameterRegistry Registry { get; } = new(BuildSpecs());

    private static IEnumerable<ParameterSpec> BuildSpecs()
    {
        yield return new(Dimensions, ParameterKind.Integer, 30, 1, 64, "Dimensions of reality, each +1 or -1", "dimensions", March, "m");
        yield return new(Members, ParameterKind.Integer, 50, 1, 100_000, "Members of the organisation", "members", March, "n");
        yield return new(Socialisation, ParameterKind.Real, 0.5, 0, 1, "Per member, dimension and period: chance a belief moves toward a non-zero code (socialisation, exploitation)", "probability", March, "p1");
        yield return new(CodeLearning, ParameterKind.Real, 0.5, 0, 1, "Code learning from the superior group: adopts a majority of margin k with probability 1-(1-p2)^k", "probability", March, "p2");
        yield return new(Turnover, ParameterKind.Real, 0, 0, 1, "Per member and period: chance of replacement by a newcomer with random beliefs (open system)", "probability", March, "p3");
        yield return new(Turbulence, ParameterKind.Real, 0, 0, 1, "Per dimension and period: chance reality flips sign (open system)", "probability", March, "p4");
        yield return new(Horizon, ParameterKind.Integer, 100, 1, 1_000_000, "Periods an open system (p3 > 0 or p4 > 0) runs", "periods", Christensen);
        yield return new(MaxPeriods, ParameterKind.Integer, 10_000, 1, 10_000_000, "Safety cap on periods; a run stopped by it reports hit_cap = 1", "periods", Christensen);
        yield return new(BeliefJump, ParameterKind.Boolean, 0, 0, 1, "Beliefs jump straight to the code's value (March's text) instead of moving one step", "switch", March);
        yield return new(SuperiorByBeliefs, ParameterKind.Boolean, 0, 0, 1, "Superior group judged by beliefs and voting with beliefs (March's text) instead of by this period's actions", "switch", March);
    }
}
