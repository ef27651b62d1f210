using MathNet.Numerics.Statistics;
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
/// state is then absorbing, so the last values are carried to the horizon. Runs go in parallel in
/// bounded blocks; results are stored by index and summarised in iteration order: identical for
/// any thread count.
/// </remarks>
public static class MarchOpenSystem
{
    private static readonly March1991Factory Factory = new();

    /// <summary>Values per series kept in memory at once (two series of this many doubles: 32 MB).</summary>
    private const long BlockValues = 1L << 21;

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
    public static IReadOnlyList<MarchTimePoint> Compute(MarchOpenSystemOptions options, CancellationToken cancellationToken = default) =>
        Compute(options, BlockValues, cancellationToken);

    /// <summary>Computes the series holding at most about <paramref name="blockValues"/> values per series in memory.</summary>
    internal static IReadOnlyList<MarchTimePoint> Compute(MarchOpenSystemOptions options, long blockValues, CancellationToken cancellationToken = default)
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

        // Runs go in parallel a block at a time, each run's series stored run-major in the block
        // ([run * horizon + period]); the block is then pushed into per-period statistics in
        // iteration order, so memory stays bounded and no number depends on threads or block size.
        int block = (int)Math.Clamp(blockValues / horizon, 1, Math.Min(iterations, 4096));
        var code = new double[block * horizon];
        var members = new double[block * horizon];
        var codeStatistics = new RunningStatistics[horizon];
        var memberStatistics = new RunningStatistics[horizon];
        for (int period = 0; period < horizon; period++)
        {
            codeStatistics[period] = new RunningStatistics();
            memberStatistics[period] = new RunningStatistics();
        }

        var runOptions = new ModelRunOptions(horizon);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        for (int first = 0; first < iterations; first += block)
        {
            int offset = first;
            int count = Math.Min(block, iterations - first);
            Parallel.For(0, count, parallel, i =>
            {
                IModel model = Factory.Create(parameters, new RunSeeds(options.MasterSeed, options.DesignPoint, offset + i), runOptions);
                Span<double> tick = stackalloc double[MarchMetrics.Tick.Count];
                for (int period = 0; period < horizon; period++)
                {
                    if (!model.IsFinished)
                    {
                        model.Step();
                        model.WriteTickMetrics(tick);
                    }

                    code[(i * horizon) + period] = tick[MarchMetrics.CodeKnowledgeIndex];
                    members[(i * horizon) + period] = tick[MarchMetrics.MemberKnowledgeIndex];
                }
            });

            for (int i = 0; i < count; i++)
            {
                for (int period = 0; period < horizon; period++)
                {
                    codeStatistics[period].Push(code[(i * horizon) + period]);
                    memberStatistics[period].Push(members[(i * horizon) + period]);
                }
            }
        }

        var points = new MarchTimePoint[horizon];
        for (int period = 0; period < horizon; period++)
        {
            (double mean, _, double low, double high) = MarchStatistics.Summarise(codeStatistics[period], MarchMetrics.Tick[MarchMetrics.CodeKnowledgeIndex].Bounds);
            points[period] = new MarchTimePoint(period + 1, mean, low, high, memberStatistics[period].Mean);
        }

        return points;
    }
}
