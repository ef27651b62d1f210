using TeamSim.Core.Models;
using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <content>Incidents: the pool, arrivals (a non-homogeneous Poisson process), latent errors, escalation and cascades.</content>
public sealed partial class TeamModel
{
    private const byte StageNew = 0;
    private const byte StageAsking = 1;
    private const byte StageReady = 2;
    // The incident pool: see IncidentPool. Never copied: always used through this field.
    private IncidentPool _incidents;

    // Concealed errors waiting to surface: their domain.
    private int[] _latentDomain;
    private int _latentCount;

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
                _tally.LatentSurfaced.Add();
                CreateIncident(_rngLatent, domain, P.LatentSeverity * P.Severity0, TeamEventKinds.LatentSurfaced);
            }
        }
    }

    /// <summary>Draws an incident's attributes from <paramref name="rng"/> and opens it.</summary>
    private int CreateIncident(Xoshiro256StarStar rng, int domain, double severity, string cause)
    {
        int slot = _incidents.TakeSlot();
        int d = domain >= 0 ? domain : rng.Next(_k);
        bool novel = rng.Bernoulli(P.Novelty);
        double difficulty = P.DifficultyMin + ((P.DifficultyMax - P.DifficultyMin) * rng.NextDouble());
        Span<double> weights = _incidents.WeightsOf(slot);
        weights.Clear();

        if (novel && _k > 1)
        {
            // Part of the need is on the visible domain, the rest hidden in others (Dirichlet).
            double sum = 0;
            for (int k = 0; k < _k; k++)
            {
                if (k != d)
                {
                    double g = MathNet.Numerics.Distributions.Gamma.Sample(rng, P.NovelSpread, 1.0);
                    weights[k] = g;
                    sum += g;
                }
            }

            double hidden = 1 - P.NovelSurfaceShare;
            for (int k = 0; k < _k; k++)
            {
                if (k != d)
                {
                    weights[k] = sum > 0 ? hidden * weights[k] / sum : hidden / (_k - 1);
                }
            }

            weights[d] = P.NovelSurfaceShare;
        }
        else
        {
            weights[d] = 1;
        }

        long id = _incidents.Add(slot, Tick, d, novel, difficulty, severity, StageNew);
        _tally.Arrived.Add();
        Emit(cause, -1, d, id, severity);
        return slot;
    }

    /// <summary>True fit of member i for an incident: x = sum_k w_k e[i][k]; only i knows it.</summary>
    private double TrueFit(int member, int slot) =>
        FitIndex.Fit(_incidents.WeightsOf(slot), _members.Expertise.AsSpan(member * _k, _k));

    /// <summary>Severity grows each open tick up to the cap; crises may cascade; damage is the open severity.</summary>
    private void Escalate()
    {
        int existing = _incidents.OpenCount;
        int cascades = 0;
        double total = 0;
        for (int o = 0; o < existing; o++)
        {
            int slot = _incidents.Open[o];
            double s = Math.Min(P.SeverityCap, _incidents.Severity[slot] * (1 + P.SeverityGrowth));
            _incidents.Severity[slot] = s;
            total += s;
            if (s > P.CrisisSeverity)
            {
                _tally.CrisesActive++;
                if (!_incidents.WasCrisis[slot])
                {
                    _incidents.WasCrisis[slot] = true;
                    _tally.Crises++;
                    Emit(TeamEventKinds.Crisis, _incidents.Assignee[slot], _incidents.Domain[slot], _incidents.Id[slot], s);
                }

                if (_rngCascade.Bernoulli(P.CascadeRate))
                {
                    cascades++;
                }
            }
        }

        _incidents.OpenSeverity = total;
        for (int c = 0; c < cascades; c++)
        {
            CreateIncident(_rngCascade, -1, P.Severity0, TeamEventKinds.Cascade);
        }

        _tally.Damage = _incidents.OpenSeverity;
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
