using System.Runtime.CompilerServices;
using TeamSim.Core.Models;

namespace TeamSim.Core.Team;

/// <summary>
/// The incidents of a run: parallel arrays indexed by slot, slots recycled through a free list, the
/// open list in arrival order and the summed severity of the open incidents.
/// </summary>
/// <remarks>
/// A mutable struct held in one field of <see cref="TeamModel"/> and never copied: the hot loop reads
/// its arrays as directly as it would the model's own fields. The arrays grow (double) only when every
/// slot is in use, so a tick allocates nothing once the pool has reached the run's peak.
/// </remarks>
internal struct IncidentPool
{
    /// <summary>Assignee of an incident waiting to be routed.</summary>
    public const int Unassigned = -1;

    /// <summary>Assignee of a resolved incident, until the open list is compacted.</summary>
    public const int Closed = -2;

    private readonly int _k;
    private int[] _free;
    private int _freeCount;
    private long _nextId;

    /// <summary>Creates a pool of <paramref name="capacity"/> slots for incidents with needs over <paramref name="domains"/> domains.</summary>
    public IncidentPool(int capacity, int domains, ModelWorkspace? workspace)
    {
        _k = domains;
        Id = workspace.Take<long>(capacity);
        Domain = workspace.Take<int>(capacity);
        Novel = workspace.Take<bool>(capacity);
        Difficulty = workspace.Take<double>(capacity);
        Weights = workspace.Take<double>(capacity * domains);
        Severity = workspace.Take<double>(capacity);
        Arrival = workspace.Take<int>(capacity);
        Assignee = workspace.Take<int>(capacity);
        ReadyAt = workspace.Take<int>(capacity);
        Stage = workspace.Take<byte>(capacity);
        WasCrisis = workspace.Take<bool>(capacity);
        Open = workspace.Take<int>(capacity);
        _free = workspace.Take<int>(capacity);
        for (int s = capacity - 1; s >= 0; s--)
        {
            _free[_freeCount++] = s;
        }
    }

    /// <summary>Incident id (0, 1, ... in order of opening), by slot.</summary>
    public long[] Id;

    /// <summary>Visible (surface) domain, by slot.</summary>
    public int[] Domain;

    /// <summary>Whether the incident is novel (part of its need hidden in other domains), by slot.</summary>
    public bool[] Novel;

    /// <summary>Difficulty delta in fit units, by slot.</summary>
    public double[] Difficulty;

    /// <summary>Knowledge needs w_k, summing to 1, at [slot * K + k].</summary>
    public double[] Weights;

    /// <summary>Current severity (damage per tick), by slot.</summary>
    public double[] Severity;

    /// <summary>Tick of arrival, by slot.</summary>
    public int[] Arrival;

    /// <summary>Member working on it, <see cref="Unassigned"/> or <see cref="Closed"/>, by slot.</summary>
    public int[] Assignee;

    /// <summary>Tick the answers to the leader's inquiry arrive, by slot.</summary>
    public int[] ReadyAt;

    /// <summary>Routing stage (new, asking, ready), by slot.</summary>
    public byte[] Stage;

    /// <summary>Whether the incident has been a crisis, by slot.</summary>
    public bool[] WasCrisis;

    /// <summary>Slots of the open incidents in arrival order; the first <see cref="OpenCount"/> are in use.</summary>
    public int[] Open;

    /// <summary>Number of open incidents.</summary>
    public int OpenCount;

    /// <summary>Summed severity of the open incidents.</summary>
    public double OpenSeverity;

    /// <summary>The knowledge needs of the incident in <paramref name="slot"/>, one weight per domain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly Span<double> WeightsOf(int slot) => Weights.AsSpan(slot * _k, _k);

    /// <summary>A free slot, growing the pool when none is left; the caller writes its needs and calls <see cref="Add"/>.</summary>
    public int TakeSlot()
    {
        if (_freeCount == 0)
        {
            Grow();
        }

        return _free[--_freeCount];
    }

    /// <summary>Opens the incident in <paramref name="slot"/> (its needs already written) and returns its id.</summary>
    public long Add(int slot, int tick, int domain, bool novel, double difficulty, double severity, byte stage)
    {
        Id[slot] = _nextId++;
        Domain[slot] = domain;
        Novel[slot] = novel;
        Difficulty[slot] = difficulty;
        Severity[slot] = severity;
        Arrival[slot] = tick;
        Assignee[slot] = Unassigned;
        ReadyAt[slot] = tick;
        Stage[slot] = stage;
        WasCrisis[slot] = false;
        Open[OpenCount++] = slot;
        OpenSeverity += severity;
        return Id[slot];
    }

    /// <summary>Marks the incident in <paramref name="slot"/> resolved; it leaves the open list at the next <see cref="CompactOpenList"/>.</summary>
    public void Close(int slot)
    {
        OpenSeverity -= Severity[slot];
        Assignee[slot] = Closed;
    }

    /// <summary>Removes closed incidents from the open list, keeping arrival order, and frees their slots.</summary>
    public void CompactOpenList()
    {
        // Locals, not this struct's fields, so the loop does not re-read them after every store.
        int[] open = Open, assignee = Assignee, free = _free;
        int write = 0, freeCount = _freeCount, count = OpenCount;
        for (int read = 0; read < count; read++)
        {
            int slot = open[read];
            if (assignee[slot] == Closed)
            {
                free[freeCount++] = slot;
            }
            else
            {
                open[write++] = slot;
            }
        }

        OpenCount = write;
        _freeCount = freeCount;
    }

    private void Grow()
    {
        int old = Id.Length;
        int capacity = old * 2;
        Array.Resize(ref Id, capacity);
        Array.Resize(ref Domain, capacity);
        Array.Resize(ref Novel, capacity);
        Array.Resize(ref Difficulty, capacity);
        Array.Resize(ref Weights, capacity * _k);
        Array.Resize(ref Severity, capacity);
        Array.Resize(ref Arrival, capacity);
        Array.Resize(ref Assignee, capacity);
        Array.Resize(ref ReadyAt, capacity);
        Array.Resize(ref Stage, capacity);
        Array.Resize(ref WasCrisis, capacity);
        Array.Resize(ref Open, capacity);
        Array.Resize(ref _free, capacity);
        for (int s = capacity - 1; s >= old; s--)
        {
            _free[_freeCount++] = s;
        }
    }
}
