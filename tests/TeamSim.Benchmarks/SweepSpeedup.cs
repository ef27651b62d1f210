using System.Diagnostics;
using System.Globalization;

namespace TeamSim.Benchmarks;

/// <summary>
/// The 1 -> 2 thread speed-up of the sweep runner, measured in pairs. On a shared VM the speed of
/// a core drifts by tens of percent over minutes, so two BenchmarkDotNet cases measured one after
/// the other can give any ratio; here each pair runs the sweep of <see cref="SweepRunnerBenchmarks"/>
/// on one thread and on two back to back (alternating which goes first), after a warm-up, and the
/// median of the pairs' ratios is reported with its range.
/// </summary>
internal static class SweepSpeedup
{
    public static int Run(int ticks, int pairs)
    {
        var sweep = new SweepRunnerBenchmarks { Ticks = ticks };
        sweep.LoadSweep();
        try
        {
            for (int w = 0; w < 3; w++)
            {
                Time(sweep, 1);
                Time(sweep, 2);
            }

            var ratios = new List<double>();
            var one = new List<double>();
            var two = new List<double>();
            for (int p = 0; p < pairs; p++)
            {
                bool oneFirst = p % 2 == 0;
                double a = oneFirst ? Time(sweep, 1) : 0;
                double b = Time(sweep, 2);
                if (!oneFirst)
                {
                    a = Time(sweep, 1);
                }

                one.Add(a);
                two.Add(b);
                ratios.Add(a / b);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pair {p + 1}: 1 thread {a * 1000:F0} ms, 2 threads {b * 1000:F0} ms, speed-up {a / b:F2}x"));
            }

            ratios.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ticks}-tick runs, {pairs} pairs: median 1 thread {Median(one) * 1000:F0} ms, 2 threads {Median(two) * 1000:F0} ms; speed-up median {Median(ratios):F2}x, quartiles {ratios[pairs / 4]:F2}-{ratios[(3 * pairs) / 4]:F2}x, range {ratios[0]:F2}-{ratios[^1]:F2}x"));
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

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
