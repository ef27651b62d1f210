using System.Diagnostics;
using System.Globalization;

namespace TeamSim.Benchmarks;

/// <summary>
/// A plain driver for profilers (perf, valgrind, dotnet-trace) and quick stopwatch checks: steps a
/// warmed-up benchmark team (<see cref="TeamScenario"/>) for a number of ticks, reading each tick's
/// metrics as <c>teamsim run</c> does (<see cref="TeamScenario.StepAndRead"/>), and prints the time per tick and the open incidents
/// every tenth of the way, so a run that is not in steady state shows. The process CPU time per
/// tick is printed too: on a shared machine it is far steadier than the wall time.
/// </summary>
internal static class ProfileRun
{
    /// <param name="size">Team size; 8 runs the default team, any other size the scaling team.</param>
    /// <param name="ticks">Ticks to step after the warm-up.</param>
    /// <param name="useIndexes">Force the large-team indexes on or off (null: by team size), to find where they start to pay.</param>
    public static int Run(int size, int ticks, bool? useIndexes = null)
    {
        var model = TeamScenario.CreateWarm(size == 8 ? TeamScenario.Default() : TeamScenario.Scaling(size), useIndexes);
        int chunk = Math.Max(1, ticks / 10);
        double[] metrics = TeamScenario.TickMetricsBuffer();
        var watch = new Stopwatch();
        using var process = Process.GetCurrentProcess();
        for (int done = 0; done < ticks; done += chunk)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            watch.Restart();
            for (int t = 0; t < chunk; t++)
            {
                TeamScenario.StepAndRead(model, metrics);
            }

            watch.Stop();
            process.Refresh();
            double nsPerTick = watch.Elapsed.TotalNanoseconds / chunk;
            double cpuNsPerTick = (process.TotalProcessorTime - cpuBefore).TotalNanoseconds / chunk;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={size} ticks {done + chunk}: {nsPerTick / 1000:F2} us/tick, {size * 1e9 / nsPerTick:N0} member-ticks/s, cpu {cpuNsPerTick / 1000:F2} us/tick, open incidents {model.OpenIncidents}"));
        }

        return 0;
    }
}
