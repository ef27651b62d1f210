using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Benchmarks;

/// <summary>
/// The team runs the benchmarks step. <see cref="Default"/> is the default team of 8 under the
/// inquiry preset. <see cref="Scaling"/> grows the team to N with arrivals of 0.05 x N incidents
/// per tick, so the load per member is the same at every size.
/// </summary>
/// <remarks>
/// Before bounded contact a plain "inquiry, rate 0.05 x N" team collapsed at large N (open
/// incidents grew without bound, so the cost per tick measured the collapse, not the code):
/// voice sent each incident to the single best member of the whole team, and every incident asked
/// every member. The scaling runs then switched voice off and scaled leader.answer_cost by 8 / N.
/// With work groups (voice from the assignee's group) and leader.ask_limit they need neither: the
/// plain inquiry team stays in steady state at every size after the warm-up.
/// </remarks>
internal static class TeamScenario
{
    /// <summary>Arrival rate per member (incidents per member-tick) of the scaling runs.</summary>
    public const double RatePerMember = 0.05;

    /// <summary>Ticks stepped before measuring, so the incident pool has grown and the queues are in steady state.</summary>
    public const int WarmupTicks = 200;

    /// <summary>A horizon no benchmark reaches (the arrival profile is constant, so it changes nothing).</summary>
    private const int Horizon = 100_000_000;

    private static readonly TeamModelFactory Factory = new();

    /// <summary>The default team (N = 8) under the inquiry preset, with <paramref name="overrides"/>.</summary>
    public static ParameterSet Default(params (string Name, double Value)[] overrides)
    {
        ParameterSet p = Factory.Parameters.Defaults();
        foreach (var kv in Factory.PolicyPresets["inquiry"])
        {
            p = p.With(kv.Key, kv.Value);
        }

        foreach (var (name, value) in overrides)
        {
            p = p.With(name, value);
        }

        return p;
    }

    /// <summary>The scaling team of <paramref name="size"/> members (see the remarks).</summary>
    public static ParameterSet Scaling(int size)
    {
        return Default()
            .With("team.size", size)
            .With("incidents.rate", RatePerMember * size);
    }

    /// <summary>
    /// A fresh run of <paramref name="parameters"/>, already stepped through the warm-up;
    /// <paramref name="useIndexes"/> forces the large-team indexes on or off (null: by team size).
    /// </summary>
    public static TeamModel CreateWarm(ParameterSet parameters, bool? useIndexes = null)
    {
        var model = new TeamModel(parameters, new RunSeeds(1, 0, 0), new ModelRunOptions(Horizon), useIndexes);
        for (int t = 0; t < WarmupTicks; t++)
        {
            model.Step();
        }

        return model;
    }

    /// <summary>A buffer for one tick's metrics (for <see cref="StepAndRead"/>).</summary>
    public static double[] TickMetricsBuffer() => new double[TeamMetrics.Tick.Count];

    /// <summary>
    /// One tick as <c>teamsim run</c> makes it: the step, then its metrics read into
    /// <paramref name="metrics"/>. Reading computes the state metrics (directory accuracy among
    /// them), which a sweep computes only for a run's last tick, so the scaling curve keeps the cost
    /// of every tick metric.
    /// </summary>
    public static void StepAndRead(TeamModel model, double[] metrics)
    {
        model.Step();
        model.WriteTickMetrics(metrics);
    }
}
