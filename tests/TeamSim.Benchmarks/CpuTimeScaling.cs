using System.Diagnostics;
using TeamSim.Core.Team;

namespace TeamSim.Benchmarks;

/// <summary>
/// The scaling curve in process CPU time, measured the way the <c>profile</c> driver measures it:
/// on a shared machine the wall clock of a benchmark mostly measures how much of a core the
/// process got, while its CPU time stays close to what an idle machine would show.
/// </summary>
internal static class CpuTimeScaling
{
    /// <summary>Team sizes of the curve (as <see cref="TeamScalingBenchmarks"/>).</summary>
    public static readonly int[] Sizes = [8, 32, 128, 512, 1000];

    private const int Chunks = 10;

    /// <summary>
    /// Steps a warmed-up team (<see cref="ProfileRun"/>'s: the default team at N = 8, the scaling
    /// team otherwise) in 10 chunks of about <paramref name="secondsPerChunk"/> CPU seconds and
    /// returns the median and mean CPU time per tick of the last 5 (the first ones can still run
    /// code the JIT has not finished optimising).
    /// </summary>
    public static ScalingPoint Measure(int size, double secondsPerChunk = 0.3)
    {
        TeamModel model = TeamScenario.CreateWarm(size == 8 ? TeamScenario.Default() : TeamScenario.Scaling(size));
        using var process = Process.GetCurrentProcess();
        double[] metrics = TeamScenario.TickMetricsBuffer();
        int ticksPerChunk = TicksFor(model, metrics, process, secondsPerChunk);
        var perTick = new List<double>();
        long bytes = 0, ticks = 0;
        for (int c = 0; c < Chunks; c++)
        {
            process.Refresh();
            TimeSpan before = process.TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            for (int t = 0; t < ticksPerChunk; t++)
            {
                TeamScenario.StepAndRead(model, metrics);
            }

            long chunkBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            process.Refresh();
            if (c >= Chunks / 2)
            {
                perTick.Add((process.TotalProcessorTime - before).TotalNanoseconds / ticksPerChunk);
                bytes += chunkBytes;
                ticks += ticksPerChunk;
            }
        }

        perTick.Sort();
        double median = (perTick[(perTick.Count - 1) / 2] + perTick[perTick.Count / 2]) / 2;
        return new ScalingPoint(size, median, perTick.Average(), bytes / (double)ticks);
    }

    /// <summary>Ticks that take about <paramref name="seconds"/> of CPU time, from a short trial.</summary>
    private static int TicksFor(TeamModel model, double[] metrics, Process process, double seconds)
    {
        process.Refresh();
        TimeSpan before = process.TotalProcessorTime;
        const int trial = 200;
        for (int t = 0; t < trial; t++)
        {
            TeamScenario.StepAndRead(model, metrics);
        }

        process.Refresh();
        double perTick = Math.Max(1, (process.TotalProcessorTime - before).TotalNanoseconds / trial);
        return (int)Math.Clamp(seconds * 1e9 / perTick, 100, 1_000_000);
    }
}
