using System.Runtime.InteropServices;

namespace TeamSim.Benchmarks;

/// <summary>
/// Pins the calling thread to one processor (Linux only), so that a one-thread measurement says
/// which core it ran on. A VM's two virtual cores are not always equally fast (another guest may
/// share one of the host's cores), and then no program can reach 2x from 1 to 2 threads.
/// </summary>
internal static partial class CoreAffinity
{
    /// <summary>True where threads can be pinned here and there are at least two processors.</summary>
    public static bool CanPin => OperatingSystem.IsLinux() && Environment.ProcessorCount >= 2 && Environment.ProcessorCount <= 64;

    /// <summary>Runs <paramref name="work"/> on a new thread pinned to processor <paramref name="cpu"/>.</summary>
    public static T OnCore<T>(int cpu, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                // pid 0: the calling thread. Threads it starts later inherit the mask, the runtime's own do not.
                if (SchedSetAffinity(0, sizeof(ulong), [1UL << cpu]) != 0)
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
}
