using System.Diagnostics;
using System.Globalization;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Benchmarks;

/// <summary>
/// Runs a sweep file several times in one process and prints the time of each pass: the first
/// pass is what a fresh CLI process spends in the runner (precompiled code, then the JIT's
/// re-compilations), the later ones show the steady state. No chunk files are written (a store
/// that keeps nothing), so only the runner and the model are timed. With
/// <c>DOTNET_TieredCompilation=0</c> in the environment (and the benchmarks published with
/// ReadyToRun) every pass runs the precompiled code a short CLI sweep runs.
/// </summary>
internal static class SweepPasses
{
    public static int Run(string sweepFile, int threads, int passes)
    {
        SweepPlan plan = SweepLoader.WithScenarioBases(ScenarioLoader.Default).LoadFile(sweepFile).Plan;
        var times = new List<string>();
        var gcs = new List<string>();
        for (int p = 0; p < passes; p++)
        {
            int gen0 = GC.CollectionCount(0);
            TimeSpan paused = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            SweepRunner.Run(plan, new DiscardingStore(), new SweepRunOptions(threads, SweepShard.Whole));
            times.Add(clock.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
            gcs.Add(string.Create(CultureInfo.InvariantCulture, $"{GC.CollectionCount(0) - gen0}/{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1}/{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)plan.TotalRuns:F0}"));
        }

        Console.WriteLine($"{plan.TotalRuns} runs x {plan.Ticks} ticks, {threads} thread(s); ms per pass: {string.Join(' ', times)}");
        Console.WriteLine($"gen0 collections / pause ms / bytes allocated a run, per pass: {string.Join(' ', gcs)}");
        return 0;
    }

    /// <summary>Takes every chunk and keeps nothing.</summary>
    private sealed class DiscardingStore : ISweepChunkStore
    {
        public IReadOnlySet<long> CompletedChunks() => new HashSet<long>();

        public void WriteChunk(long chunk, IReadOnlyList<SweepRunRecord> records)
        {
        }
    }
}
