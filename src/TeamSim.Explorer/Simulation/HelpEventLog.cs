using TeamSim.Core.Models;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// Keeps the events the network picture needs from a run's event stream: who asked whom for help
/// and when, and who is away. Everything else is dropped, so memory stays small.
/// </summary>
internal sealed class HelpEventLog(int members) : IEventSink
{
    private readonly List<(int Tick, int Asker, int Helper)> _help = [];
    private readonly bool[] _present = Enumerable.Repeat(true, members).ToArray();

    /// <summary>Help requests in order, each with the tick its step ends at (the model's <c>Tick</c> after that <c>Step</c>).</summary>
    public IReadOnlyList<(int Tick, int Asker, int Helper)> Help => _help;

    /// <summary>Who is present now (after the events recorded so far).</summary>
    public IReadOnlyList<bool> Present => _present;

    /// <inheritdoc />
    public void Record(int tick, string kind, int actor, int target, long incident, double value)
    {
        bool member = actor >= 0 && actor < _present.Length;
        switch (kind)
        {
            case "help" when member && target >= 0 && target < _present.Length:
                // The model stamps events with the tick its step starts from; a frame read after the
                // step sees Tick + 1, so store that to count each request in the frame that follows it.
                _help.Add((tick + 1, actor, target));
                break;
            case "absence_start" when member:
                _present[actor] = false;
                break;
            case "absence_end" when member:
                _present[actor] = true;
                break;
        }
    }
}
