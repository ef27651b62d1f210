using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.Models;

/// <summary>
/// Memory that one worker reuses from run to run, so setting up a run of a small model does not
/// allocate its state arrays afresh each time. In a sweep of short runs, that allocation (about
/// 14 KB a run for the default team) kept the garbage collector busy and stopped both workers
/// at every collection; see docs/PERFORMANCE.md.
/// </summary>
/// <remarks>
/// A workspace serves one live run at a time: creating a model with it hands the previous run's
/// arrays to the new run, so the previous model must no longer be used. Give each worker thread
/// its own workspace. Arrays are handed out zeroed, exactly as <c>new T[n]</c> would be, so a
/// run gives the same results with or without a workspace.
/// </remarks>
public sealed class ModelWorkspace
{
    private readonly List<Array> _arrays = [];
    private readonly List<Xoshiro256StarStar> _streams = [];
    private int _next;
    private int _nextStream;
    private ParameterSet? _setupParameters;
    private int _setupTicks;
    private object? _setup;

    /// <summary>Starts a new run: the arrays of the previous run become free to hand out again.</summary>
    internal void BeginRun()
    {
        _next = 0;
        _nextStream = 0;
    }

    /// <summary>
    /// A zeroed array of <paramref name="length"/> elements: the one handed out at the same point
    /// of the previous run when its type and length match (models ask in a fixed order), else a new
    /// one that is kept for the next run.
    /// </summary>
    internal T[] Rent<T>(int length)
    {
        int slot = _next++;
        if (slot < _arrays.Count && _arrays[slot] is T[] kept && kept.Length == length)
        {
            System.Array.Clear(kept);
            return kept;
        }

        var fresh = new T[length];
        if (slot < _arrays.Count)
        {
            _arrays[slot] = fresh;
        }
        else
        {
            _arrays.Add(fresh);
        }

        return fresh;
    }

    /// <summary>
    /// The random stream of <paramref name="purpose"/> for a run with <paramref name="seeds"/>: a
    /// generator object of the previous run restarted from this run's seed (models ask in a fixed
    /// order), so the numbers are those of <see cref="RunSeeds.Stream"/>.
    /// </summary>
    internal Xoshiro256StarStar RestartStream(RunSeeds seeds, int purpose)
    {
        int slot = _nextStream++;
        if (slot < _streams.Count)
        {
            _streams[slot].Reseed(seeds.SeedFor(purpose));
            return _streams[slot];
        }

        Xoshiro256StarStar fresh = seeds.Stream(purpose);
        _streams.Add(fresh);
        return fresh;
    }

    /// <summary>
    /// What a model derived from its parameters for the previous run (settings read by name, the
    /// arrival profile), when this run has the very same parameter set object and horizon; else
    /// null. Runs of a sweep point differ only in their seeds, so they share it.
    /// </summary>
    internal T? PreviousSetup<T>(ParameterSet parameters, int ticks)
        where T : class =>
        ReferenceEquals(parameters, _setupParameters) && ticks == _setupTicks ? _setup as T : null;

    /// <summary>Keeps a model's immutable set-up for the next run with the same parameters.</summary>
    internal void KeepSetup(ParameterSet parameters, int ticks, object setup)
    {
        _setupParameters = parameters;
        _setupTicks = ticks;
        _setup = setup;
    }
}
