using TeamSim.Core.March1991;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.March;

/// <summary>
/// Knowledge over time in March's open systems (turnover p3, turbulence p4) over a fixed horizon,
/// averaged over independent runs; the time-series counterpart of March's (1991) Figures 3 to 5.
/// </summary>
/// <remarks>
/// With p3 = p4 = 0 the system is closed and may reach equilibrium before the horizon; its
/// state is then absorbing, so the last values are carried to the horizon. Runs go in parallel,
/// results are stored by index and summarised in iteration order: identical for any thread count.
/// </remarks>
public static class MarchOpenSystem
{
    private static readonly March1991Factory Factory = new();

    /// <summary>
    /// The settings of March's open-system figures: p1 = p2 = 0.5, without and with turnover
    /// (p3 = 0.1), in a stable and a turbulent (p4 = 0.02) world.
    /// </summary>
    public static IReadOnlyList<(double P3, double P4)> StandardSettings { get; } = [(0, 0), (0.1, 0), (0, 0.02), (0.1, 0.02)];

    /// <summary>Computes every <see cref="StandardSettings"/> series with common random numbers (design point 0).</summary>
    /// <param name="iterations">Runs per setting.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads, or -1 for every core.</param>
    /// <param name="horizon">Periods to follow.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static IReadOnlyList<MarchOpenSystemSeries> ComputeStandard(
        int iterations, ulong seed, int maxDegreeOfParallelism = -1, int horizon = 100, CancellationToken cancellationToken = default)
    {
        var series = new List<MarchOpenSystemSeries>();
        foreach ((double p3, double p4) in StandardSettings)
        {
            var options = new MarchOpenSystemOptions(0.5, 0.5, p3, p4, horizon, iterations, seed, maxDegreeOfParallelism);
            series.Add(new MarchOpenSystemSeries(options, Compute(options, cancellationToken)));
        }

        return series;
    }

    /// <summary>Computes one point per period 1..horizon.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static IReadOnlyList<MarchTimePoint> Compute(MarchOpenSystemOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        ParameterSet parameters = (options.BaseParameters ?? MarchParameters.Registry.Defaults())
            .With(MarchParameters.Socialisation, options.P1)
            .With(MarchParameters.CodeLearning, options.P2)
            .With(MarchParameters.Turnover, options.P3)
            .With(MarchParameters.Turbulence, options.P4)
            .With(MarchParameters.Horizon, options.Horizon);

        int horizon = options.Horizon;
        int iterations = options.Iterations;

        // Laid out period-major ([period * iterations + run]) so each period's sample is contiguous.
        var code = new double[horizon * iterations];
        var members = new double[horizon * iterations];
        var runOptions = new ModelRunOptions(horizon);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, iterations, parallel, run =>
        {
            IModel model = Factory.Create(parameters, new RunSeeds(options.MasterSeed, options.DesignPoint, run), runOptions);
            Span<double> tick = stackalloc double[MarchMetrics.Tick.Count];
            for (int period = 0; period < horizon; period++)
            {
                if (!model.IsFinished)
                {
                    model.Step();
                    model.WriteTickMetrics(tick);
                }

                code[(period * iterations) + run] = tick[MarchMetrics.CodeKnowledgeIndex];
                members[(period * iterations) + run] = tick[MarchMetrics.MemberKnowledgeIndex];
            }
        });

        var points = new MarchTimePoint[horizon];
        for (int period = 0; period < horizon; period++)
        {
            (double mean, _, double low, double high) = MarchStatistics.Summarise(code.AsSpan(period * iterations, iterations));
            (double memberMean, _, _, _) = MarchStatistics.Summarise(members.AsSpan(period * iterations, iterations));
            points[period] = new MarchTimePoint(period + 1, mean, low, high, memberMean);
        }

        return points;
    }
}
