using MathNet.Numerics.Statistics;
using TeamSim.Core.March1991;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.March;

/// <summary>
/// Reproduces March's (1991) Figure 1: average equilibrium code knowledge of closed systems over
/// the socialisation rate p1, a line per code learning rate p2.
/// </summary>
/// <remarks>
/// Cells are numbered p2-major (cell = p2 index x |P1| + p1 index) and run (cell c, iteration r)
/// draws from <c>RunSeeds(seed, c, r)</c>, so cells are independent and every run's numbers are
/// fixed by the seed alone. Runs go in parallel in blocks of at most 4,096 (memory does not grow
/// with the iterations); results are stored by index and summarised in iteration order, so the
/// table is identical for any thread count.
/// </remarks>
public static class MarchFigure1
{
    private static readonly March1991Factory Factory = new();
    private static readonly ModelRunOptions Unbounded = new(0);

    /// <summary>Runs held in memory at once; results do not depend on it.</summary>
    internal const int BlockSize = 4096;

    /// <summary>Computes the table, one row per (p1, p2) cell, rows ordered by p2 then p1.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static IReadOnlyList<MarchFigure1Row> Compute(MarchFigure1Options options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        ParameterSet baseParameters = (options.BaseParameters ?? MarchParameters.Registry.Defaults())
            .With(MarchParameters.Turnover, 0)
            .With(MarchParameters.Turbulence, 0);

        int cellCount = options.P1.Count * options.P2.Count;
        var cells = new ParameterSet[cellCount];
        for (int c = 0; c < cellCount; c++)
        {
            cells[c] = baseParameters
                .With(MarchParameters.Socialisation, options.P1[c % options.P1.Count])
                .With(MarchParameters.CodeLearning, options.P2[c / options.P1.Count]);
        }

        int iterations = options.Iterations;
        int block = Math.Min(iterations, BlockSize);
        var knowledge = new double[block];
        var periods = new double[block];
        var capHits = new bool[block];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };

        var rows = new MarchFigure1Row[cellCount];
        for (int c = 0; c < cellCount; c++)
        {
            ParameterSet cell = cells[c];
            long designPoint = c;
            var statistics = new RunningStatistics();
            double periodSum = 0;
            int hits = 0;

            // Runs go in parallel a block at a time (memory stays bounded) and are summarised in
            // iteration order, so neither the thread count nor the block size changes a number.
            for (int first = 0; first < iterations; first += block)
            {
                int offset = first;
                int count = Math.Min(block, iterations - first);
                Parallel.For(0, count, parallel, i =>
                {
                    var seeds = new RunSeeds(options.MasterSeed, designPoint, offset + i);
                    (knowledge[i], periods[i], capHits[i]) = RunToEquilibrium(cell, seeds);
                });

                for (int i = 0; i < count; i++)
                {
                    statistics.Push(knowledge[i]);
                    periodSum += periods[i];
                    hits += capHits[i] ? 1 : 0;
                }
            }

            (double mean, double sd, double low, double high) = MarchStatistics.Summarise(statistics, MarchMetrics.Run[MarchMetrics.EquilibriumKnowledgeIndex].Bounds);
            rows[c] = new MarchFigure1Row(
                options.P1[c % options.P1.Count],
                options.P2[c / options.P1.Count],
                iterations,
                mean,
                sd,
                low,
                high,
                periodSum / iterations,
                hits);
        }

        return rows;
    }

    /// <summary>Runs one closed system to its stopping rule (or the cap) and returns its equilibrium knowledge.</summary>
    internal static (double Knowledge, double Periods, bool HitCap) RunToEquilibrium(ParameterSet parameters, RunSeeds seeds)
    {
        IModel model = Factory.Create(parameters, seeds, Unbounded);
        while (!model.IsFinished)
        {
            model.Step();
        }

        Span<double> metrics = stackalloc double[MarchMetrics.Run.Count];
        model.WriteRunMetrics(metrics);
        return (metrics[MarchMetrics.EquilibriumKnowledgeIndex], metrics[MarchMetrics.PeriodsIndex], metrics[MarchMetrics.HitCapIndex] != 0);
    }
}
