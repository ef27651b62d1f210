using System.Diagnostics;
using System.Globalization;

namespace TeamSim.Benchmarks;

/// <summary>
/// The 1 -> 2 thread speed-up of the sweep runner, measured in rounds. On a shared VM the speed of
/// a core drifts by tens of percent over minutes, so two BenchmarkDotNet cases measured one after
/// the other can give any ratio; here each round runs the sweep of <see cref="SweepRunnerBenchmarks"/>
/// back to back on one thread and on two (rotating the order), after a warm-up, and reports medians
/// with their range.
/// </summary>
/// <remarks>
/// The two cores of a VM are not always equally fast (seen here: one core 1.5x slower than the other
/// for minutes at a time). Then one thread is fast or slow depending on where the scheduler puts it,
/// and no program can be 2x as fast on two threads as on one thread of the faster core. So, on Linux,
/// a round times one thread pinned to each of the process's first two processors: the speed-up is
/// taken against the faster core, "the cores allow" is what two perfectly parallel threads would
/// reach on those two cores (the faster core's time over 1 / (1/t0 + 1/t1)), and the efficiency is
/// the share of that the two threads reach; 2 x efficiency estimates the speed-up on two equal cores.
/// Efficiency above 1 means the cores' speed changed within the round.
/// </remarks>
internal static class SweepSpeedup
{
    public static int Run(int ticks, int rounds)
    {
        if (rounds < 1)
        {
            Console.Error.WriteLine("sweep-speedup: rounds must be at least 1");
            return 2;
        }

        var sweep = new SweepRunnerBenchmarks { Ticks = ticks };
        sweep.LoadSweep();
        (int First, int Second)? pinnable = CoreAffinity.TwoCores();
        bool pinned = pinnable is not null;
        (int first, int second) = pinnable.GetValueOrDefault();
        if (!pinned)
        {
            Console.WriteLine("threads cannot be pinned here: one thread runs where the scheduler puts it, and 'the cores allow' assumes two equal cores");
        }

        // The cases of a round: one thread on the first core (or anywhere), on the second, two threads.
        int[] cases = pinned ? [0, 1, 2] : [0, 2];
        try
        {
            for (int w = 0; w < 3; w++)
            {
                Time(sweep, 1);
                Time(sweep, 2);
            }

            var one = new List<double>();
            var two = new List<double>();
            var speedups = new List<double>();
            var allowed = new List<double>();
            var efficiencies = new List<double>();
            for (int r = 0; r < rounds; r++)
            {
                // Rotate the order, so a drift of the VM's speed within a round does not favour one case.
                double core0 = 0, core1 = 0, both = 0;
                for (int k = 0; k < cases.Length; k++)
                {
                    switch (cases[(k + r) % cases.Length])
                    {
                        case 0: core0 = pinned ? CoreAffinity.OnCore(first, () => Time(sweep, 1)) : Time(sweep, 1); break;
                        case 1: core1 = CoreAffinity.OnCore(second, () => Time(sweep, 1)); break;
                        default: both = Time(sweep, 2); break;
                    }
                }

                double faster = pinned ? Math.Min(core0, core1) : core0;
                double ideal = pinned ? 1 / ((1 / core0) + (1 / core1)) : faster / 2;
                one.Add(faster);
                two.Add(both);
                speedups.Add(faster / both);
                allowed.Add(faster / ideal);
                efficiencies.Add(ideal / both);
                string single = pinned ? $"cpu{first} {core0 * 1000:F0} ms, cpu{second} {core1 * 1000:F0} ms" : $"1 thread {core0 * 1000:F0} ms";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {r + 1}: {single}, 2 threads {both * 1000:F0} ms: speed-up {faster / both:F2}x; the cores allow {faster / ideal:F2}x; efficiency {ideal / both:F2}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ticks}-tick runs, {rounds} rounds: median 1 thread {Median(one) * 1000:F0} ms{(pinned ? " (faster core)" : string.Empty)}, 2 threads {Median(two) * 1000:F0} ms; " +
                $"speed-up median {Median(speedups):F2}x ({Range(speedups)}); the cores allow median {Median(allowed):F2}x ({Range(allowed)}); " +
                $"efficiency median {Median(efficiencies):F2} ({Range(efficiencies)}), i.e. {2 * Median(efficiencies):F2}x on two equal cores"));
        }
        finally
        {
            sweep.RemoveFolder();
        }

        return 0;
    }

    private static double Time(SweepRunnerBenchmarks sweep, int threads)
    {
        sweep.Threads = threads;
        sweep.PrepareFolder();
        var clock = Stopwatch.StartNew();
        sweep.Sweep();
        return clock.Elapsed.TotalSeconds;
    }

    private static string Range(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{values.Min():F2}-{values.Max():F2}");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
