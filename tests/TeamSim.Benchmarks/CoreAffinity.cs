using System.Runtime.InteropServices;

namespace TeamSim.Benchmarks;

/// <summary>
/// Pins a thread to one processor (Linux only), so that a one-thread measurement says which core
/// it ran on. A VM's two virtual cores are not always equally fast (another guest may share one of
/// the host's cores), and then no program can be 2x as fast on two threads as on one thread of the
/// faster core.
/// </summary>
internal static partial class CoreAffinity
{
    /// <summary>
    /// The first two processors this process may run on (its affinity mask, so a container limited
    /// to cpus 2 and 3 gets those), or null where threads cannot be pinned here.
    /// </summary>
    public static (int First, int Second)? TwoCores()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var mask = new ulong[16]; // 1,024 processors
        if (SchedGetAffinity(0, mask.Length * sizeof(ulong), mask) != 0)
        {
            return null;
        }

        var cores = new List<int>(2);
        for (int cpu = 0; cpu < mask.Length * 64 && cores.Count < 2; cpu++)
        {
            if ((mask[cpu / 64] & (1UL << (cpu % 64))) != 0)
            {
                cores.Add(cpu);
            }
        }

        return cores.Count == 2 ? (cores[0], cores[1]) : null;
    }

    /// <summary>Runs <paramref name="work"/> on a new thread pinned to processor <paramref name="cpu"/>.</summary>
    /// <remarks>
    /// Only that thread is pinned: the runtime starts its own threads with the process's mask. The
    /// sweep runner with one worker runs on the calling thread (Parallel.ForEach runs its first
    /// worker inline), so the worker is pinned.
    /// </remarks>
    public static T OnCore<T>(int cpu, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var mask = new ulong[(cpu / 64) + 1];
                mask[cpu / 64] = 1UL << (cpu % 64);

                // pid 0: the calling thread.
                if (SchedSetAffinity(0, mask.Length * sizeof(ulong), mask) != 0)
                {
                    throw new InvalidOperationException($"sched_setaffinity to cpu {cpu} failed: errno {Marshal.GetLastPInvokeError()}");
                }

                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("pinned measurement failed", failure);
    }

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nint size, ulong[] mask);

    [LibraryImport("libc", EntryPoint = "sched_getaffinity", SetLastError = true)]
    private static partial int SchedGetAffinity(int pid, nint size, [Out] ulong[] mask);
}
