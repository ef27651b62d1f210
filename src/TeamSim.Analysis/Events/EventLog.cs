using TeamSim.Core.Models;

namespace TeamSim.Analysis.Events;

/// <summary>
/// Keeps a run's events in memory: every event in the order the model reports it (unless told not
/// to), and, for the first <see cref="Members"/> members, what a picture of the team needs: who asked
/// whom for help and when, and who is away now.
/// </summary>
/// <remarks>
/// The CLI keeps every event (events.csv, the report's timeline); the explorer keeps only help and
/// absences, so a long run in the browser stays small. Both read the same help windows and presence.
/// </remarks>
public sealed class EventLog : IEventSink
{
    private readonly List<ModelEvent> _events = [];
    private readonly List<HelpRequest> _help = [];
    private readonly bool[] _present;
    private readonly bool _keepAll;

    /// <summary>A log of every event that tracks no members.</summary>
    public EventLog()
        : this(0, keepAll: true)
    {
    }

    /// <summary>A log that tracks help and absences of members 0 .. <paramref name="members"/> - 1.</summary>
    /// <param name="members">Members to track, at least 0; 0 tracks none.</param>
    /// <param name="keepAll">True to keep every event in <see cref="Events"/> as well.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is negative.</exception>
    public EventLog(int members, bool keepAll)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        _present = new bool[members];
        Array.Fill(_present, true);
        _keepAll = keepAll;
    }

    /// <summary>Members whose help and absences are tracked.</summary>
    public int Members => _present.Length;

    /// <summary>Every event in the order reported; empty unless the log keeps all events.</summary>
    public IReadOnlyList<ModelEvent> Events => _events;

    /// <summary>Help requests between tracked members in the order reported.</summary>
    public IReadOnlyList<HelpRequest> Help => _help;

    /// <summary>Who of the tracked members is present now (after the events recorded so far).</summary>
    public IReadOnlyList<bool> Present => _present;

    /// <inheritdoc />
    public void Record(int tick, string kind, int actor, int target, long incident, double value)
    {
        if (_keepAll)
        {
            _events.Add(new ModelEvent(tick, kind, actor, target, incident, value));
        }

        bool member = actor >= 0 && actor < _present.Length;
        switch (kind)
        {
            case EventKinds.Help when member && target >= 0 && target < _present.Length:
                // The model stamps events with the tick its step starts from; the step ends at tick + 1,
                // the tick a frame or a timeseries.csv row shows after it.
                _help.Add(new HelpRequest(tick + 1, actor, target));
                break;
            case EventKinds.AbsenceStart when member:
                _present[actor] = false;
                break;
            case EventKinds.AbsenceEnd when member:
                _present[actor] = true;
                break;
        }
    }

    /// <summary>
    /// Help requests per (asker, helper) pair, row-major Members x Members, counting the requests
    /// made in the steps that end at ticks <paramref name="from"/> .. <paramref name="to"/>.
    /// </summary>
    /// <param name="from">First step-end tick of the window, 1-based.</param>
    /// <param name="to">Last step-end tick of the window.</param>
    public int[] HelpCounts(int from, int to)
    {
        int n = _present.Length;
        var counts = new int[n * n];

        // Requests arrive in tick order: walk back from the newest until the window's start.
        for (int e = _help.Count - 1; e >= 0 && _help[e].Tick >= from; e--)
        {
            if (_help[e].Tick <= to)
            {
                counts[(_help[e].Asker * n) + _help[e].Helper]++;
            }
        }

        return counts;
    }
}
