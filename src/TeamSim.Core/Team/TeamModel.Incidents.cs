using TeamSim.Core.Models;
using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <content>Incidents: the pool, arrivals (a non-homogeneous Poisson process), latent errors, escalation and cascades.</content>
public sealed partial class TeamModel
{
    private const byte StageNew = 0;
    private const byte StageAsking = 1;
    private const byte StageReady = 2;
    private const int Unassigned = -1;
    private const int Closed = -2;

    // Incident pool: parallel arrays indexed by slot; slots are recycled through a free list.
    private long[] _incId = [];
    private int[] _incDomain = [];
    private bool[] _incNovel = [];
    private double[] _incDifficulty = [];
    private double[] _incWeights = [];
    private double[] _incSeverity = [];
    private int[] _incArrival = [];
    private int[] _incAssignee = [];
    private int[] _incReadyAt = [];
    private byte[] _incStage = [];
    private bool[] _incWasCrisis = [];
    private int[] _open = [];
    private int _openCount;
    private int[] _free = [];
    private int _freeCount;
    private long _nextIncidentId;

    // Concealed errors waiting to surface: their domain.
    private int[] _latentDomain;
    private int _latentCount;

    private double _openSeverity;

    private void InitialiseIncidentPool(int capacity, ModelWorkspace? workspace)
    {
        _incId = workspace.Take<long>(capacity);
        _incDomain = workspace.Take<int>(capacity);
        _incNovel = workspace.Take<bool>(capacity);
        _incDifficulty = workspace.Take<double>(capacity);
        _incWeights = workspace.Take<double>(capacity * _k);
        _incSeverity = workspace.Take<double>(capacity);
        _incArrival = workspace.Take<int>(capacity);
        _incAssignee = workspace.Take<int>(capacity);
        _incReadyAt = workspace.Take<int>(capacity);
        _incStage = workspace.Take<byte>(capacity);
        _incWasCrisis = workspace.Take<bool>(capacity);
        _open = workspace.Take<int>(capacity);
        _free = workspace.Take<int>(capacity);
        for (int s = capacity - 1; s >= 0; s--)
        {
            _free[_freeCount++] = s;
        }
    }

    private void GrowIncidentPool()
    {
        int old = _incId.Length;
        int capacity = old * 2;
        Array.Resize(ref _incId, capacity);
        Array.Resize(ref _incDomain, capacity);
        Array.Resize(ref _incNovel, capacity);
        Array.Resize(ref _incDifficulty, capacity);
        Array.Resize(ref _incWeights, capacity * _k);
        Array.Resize(ref _incSeverity, capacity);
        Array.Resize(ref _incArrival, capacity);
        Array.Resize(ref _incAssignee, capacity);
        Array.Resize(ref _incReadyAt, capacity);
        Array.Resize(ref _incStage, capacity);
        Array.Resize(ref _incWasCrisis, capacity);
        Array.Resize(ref _open, capacity);
        Array.Resize(ref _free, capacity);
        for (int s = capacity - 1; s >= old; s--)
        {
            _free[_freeCount++] = s;
        }
    }

    private void Arrive()
    {
        int count = _rngArrivals.NextPoisson(_arrivalRate.At(Tick));
        for (int a = 0; a < count; a++)
        {
            CreateIncident(_rngAttributes, -1, P.Severity0, TeamEventKinds.Arrival);
        }

        // Concealed errors surface with hazard h_lat, as new incidents in the same domain.
        for (int l = _latentCount - 1; l >= 0; l--)
        {
            if (_rngLatent.Bernoulli(P.LatentHazard))
            {
                int domain = _latentDomain[l];
                _latentDomain[l] = _latentDomain[--_latentCount];
                _latentSurfacedTick++;
                CreateIncident(_rngLatent, domain, P.LatentSeverity * P.Severity0, TeamEventKinds.LatentSurfaced);
            }
        }
    }

    /// <summary>Draws an incident's attributes from <paramref name="rng"/> and opens it.</summary>
    private int CreateIncident(Xoshiro256StarStar rng, int domain, double severity, string cause)
    {
        if (_freeCount == 0)
        {
            GrowIncidentPool();
        }

        int slot = _free[--_freeCount];
        int d = domain >= 0 ? domain : rng.Next(_k);
        bool novel = rng.Bernoulli(P.Novelty);
        double difficulty = P.DifficultyMin + ((P.DifficultyMax - P.DifficultyMin) * rng.NextDouble());
        int w0 = slot * _k;
        for (int k = 0; k < _k; k++)
        {
            _incWeights[w0 + k] = 0;
        }

        if (novel && _k > 1)
        {
            // Part of the need is on the visible domain, the rest hidden in others (Dirichlet).
            double sum = 0;
            for (int k = 0; k < _k; k++)
            {
                if (k != d)
                {
                    double g = MathNet.Numerics.Distributions.Gamma.Sample(rng, P.NovelSpread, 1.0);
                    _incWeights[w0 + k] = g;
                    sum += g;
                }
            }

            double hidden = 1 - P.NovelSurfaceShare;
            for (int k = 0; k < _k; k++)
            {
                if (k != d)
                {
                    _incWeights[w0 + k] = sum > 0 ? hidden * _incWeights[w0 + k] / sum : hidden / (_k - 1);
                }
            }

            _incWeights[w0 + d] = P.NovelSurfaceShare;
        }
        else
        {
            _incWeights[w0 + d] = 1;
        }

        _incId[slot] = _nextIncidentId++;
        _incDomain[slot] = d;
        _incNovel[slot] = novel;
        _incDifficulty[slot] = difficulty;
        _incSeverity[slot] = severity;
        _incArrival[slot] = Tick;
        _incAssignee[slot] = Unassigned;
        _incReadyAt[slot] = Tick;
        _incStage[slot] = StageNew;
        _incWasCrisis[slot] = false;
        _open[_openCount++] = slot;
        _openSeverity += severity;
        _arrivedTick++;
        Emit(cause, -1, d, _incId[slot], severity);
        return slot;
    }

    /// <summary>True fit of member i for an incident: x = sum_k w_k e[i][k]; only i knows it.</summary>
    private double TrueFit(int member, int slot) =>
        FitIndex.Fit(_incWeights.AsSpan(slot * _k, _k), _expertise.AsSpan(member * _k, _k));

    private void Close(int slot)
    {
        _openSeverity -= _incSeverity[slot];
        _incAssignee[slot] = Closed;
    }

    /// <summary>Removes closed incidents from the open list, keeping arrival order.</summary>
    private void CompactOpenList()
    {
        int write = 0;
        for (int read = 0; read < _openCount; read++)
        {
            int slot = _open[read];
            if (_incAssignee[slot] == Closed)
            {
                _free[_freeCount++] = slot;
            }
            else
            {
                _open[write++] = slot;
            }
        }

        _openCount = write;
    }

    /// <summary>Severity grows each open tick up to the cap; crises may cascade; damage is the open severity.</summary>
    private void Escalate()
    {
        int existing = _openCount;
        int cascades = 0;
        double total = 0;
        for (int o = 0; o < existing; o++)
        {
            int slot = _open[o];
            double s = Math.Min(P.SeverityCap, _incSeverity[slot] * (1 + P.SeverityGrowth));
            _incSeverity[slot] = s;
            total += s;
            if (s > P.CrisisSeverity)
            {
                _crisesActiveTick++;
                if (!_incWasCrisis[slot])
                {
                    _incWasCrisis[slot] = true;
                    _crisesTotal++;
                    Emit(TeamEventKinds.Crisis, _incAssignee[slot], _incDomain[slot], _incId[slot], s);
                }

                if (_rngCascade.Bernoulli(P.CascadeRate))
                {
                    cascades++;
                }
            }
        }

        _openSeverity = total;
        for (int c = 0; c < cascades; c++)
        {
            CreateIncident(_rngCascade, -1, P.Severity0, TeamEventKinds.Cascade);
        }

        _damageTick = _openSeverity;
    }

    private void AddLatent(int domain)
    {
        if (_latentCount == _latentDomain.Length)
        {
            Array.Resize(ref _latentDomain, _latentDomain.Length * 2);
        }

        _latentDomain[_latentCount++] = domain;
    }
}
