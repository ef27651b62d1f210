namespace TeamSim.Experiments.Running;

/// <summary>How to execute a scenario; none of it changes the results.</summary>
/// <param name="Threads">Worker threads; 0 or less means one per processor.</param>
/// <param name="Events">Collect each run's event stream for events.csv.</param>
public sealed record RunnerOptions(int Threads = 0, bool Events = false)
{
    /// <summary>The worker count actually used.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}
