using TeamSim.Core.Models;

namespace TeamSim.Core.March1991;

/// <summary>The March (1991) model's per-period and per-run metrics; column order is part of the CSV contract.</summary>
public static class MarchMetrics
{
    /// <summary>Position of <c>equilibrium_knowledge</c> in <see cref="Run"/>.</summary>
    public const int EquilibriumKnowledgeIndex = 0;

    /// <summary>Position of <c>periods</c> in <see cref="Run"/>.</summary>
    public const int PeriodsIndex = 1;

    /// <summary>Position of <c>hit_cap</c> in <see cref="Run"/>.</summary>
    public const int HitCapIndex = 2;

    /// <summary>Position of <c>code_knowledge</c> in <see cref="Tick"/>.</summary>
    public const int CodeKnowledgeIndex = 0;

    /// <summary>Position of <c>mean_member_knowledge</c> in <see cref="Tick"/>.</summary>
    public const int MemberKnowledgeIndex = 1;

    /// <summary>The range of a knowledge or performance score, sum of x * reality / m with x and reality in {-1, 0, +1}: [-1, 1].</summary>
    public static MetricBounds Score { get; } = new(-1, 1);

    /// <summary>Per-period metrics, in timeseries.csv order; each declares its range, so intervals and axes stay inside it.</summary>
    public static IReadOnlyList<MetricDefinition> Tick { get; } =
    [
        new("code_knowledge", "Knowledge of the code after this period: sum of code x reality / m, [-1,1]") { Bounds = Score },
        new("mean_member_knowledge", "Mean over members of sum of belief x reality / m, [-1,1]") { Bounds = Score },
        new("mean_performance", "Mean over members of this period's performance (sum of action x reality) / m, [-1,1]") { Bounds = Score },
        MetricDefinition.NonNegative("superior_group_size", "Members who beat the code's score this period (the group the code learns from), >= 0"),
        MetricDefinition.NonNegative("code_changes", "Dimensions on which the code changed this period, >= 0"),
        MetricDefinition.Share("code_coverage", "Share of dimensions on which the code is non-zero, [0,1]"),
        MetricDefinition.Share("conformity", "Share of members whose beliefs equal the code on every dimension, [0,1]"),
        MetricDefinition.Share("belief_diversity", "Chance two distinct members hold different beliefs on a dimension, averaged over dimensions, [0,1]"),
    ];

    /// <summary>Per-run metrics, in runs.csv order; each declares its range, so intervals and axes stay inside it.</summary>
    public static IReadOnlyList<MetricDefinition> Run { get; } =
    [
        new("equilibrium_knowledge", "Final code knowledge: sum of code x reality / m (at equilibrium in a closed system), [-1,1]") { Bounds = Score },
        MetricDefinition.NonNegative("periods", "Periods run, >= 0"),
        MetricDefinition.Share("hit_cap", "1 if the run was stopped by max_periods (or the runner's tick limit) before its own end, else 0", true),
        MetricDefinition.Share("equilibrium_reached", "1 if the closed-system stopping rule was met, else 0"),
        new("final_member_knowledge", "Mean member belief knowledge at the end, [-1,1]") { Bounds = Score },
        new("mean_code_knowledge", "Code knowledge averaged over the periods run, [-1,1]") { Bounds = Score },
        MetricDefinition.Share("final_belief_diversity", "Belief diversity at the end, [0,1]"),
    ];
}
