using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TeamSim.Benchmarks;

/// <summary>How the benchmarks run: in process, with the standard job unless the command line names one (<c>--job dry</c> in CI).</summary>
internal static class BenchmarkSetup
{
    /// <summary>
    /// BenchmarkDotNet's default job with 15 measured iterations, in process: building
    /// BenchmarkDotNet's child project takes minutes on a busy 2-core machine.
    /// </summary>
    public static Job StandardJob { get; } = Job.Default
        .WithIterationCount(15)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Standard");

    /// <summary>The configuration for the command line <paramref name="args"/>, and the arguments to pass on.</summary>
    /// <remarks>
    /// A job in the configuration would be run besides (or instead of) one named with <c>--job</c>,
    /// so the standard job is added only when the command line names none; <c>--inProcess</c>
    /// makes a named job run in process too.
    /// </remarks>
    public static (IConfig Config, string[] Args) FromCommandLine(string[] args)
    {
        bool namesJob = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        if (!namesJob)
        {
            return (DefaultConfig.Instance.AddJob(StandardJob), args);
        }

        return (DefaultConfig.Instance, args.Contains("--inProcess") ? args : [.. args, "--inProcess"]);
    }
}
