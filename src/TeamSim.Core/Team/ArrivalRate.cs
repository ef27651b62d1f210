namespace TeamSim.Core.Team;

/// <summary>
/// The escalation profile: the arrival rate lambda(t) of the non-homogeneous Poisson process of
/// incidents (constant, ramp, waves or shock).
/// </summary>
internal sealed class ArrivalRate
{
    private readonly int _profile;
    private readonly double _rate;
    private readonly double _rateEnd;
    private readonly int _wavePeriod;
    private readonly int _waveWidth;
    private readonly double _waveHeight;
    private readonly int _shockTime;
    private readonly double _shockRate;
    private readonly int _horizon;

    public ArrivalRate(TeamSettings p, int horizon)
    {
        _profile = p.ArrivalProfile;
        _rate = p.IncidentRate;
        _rateEnd = p.IncidentRateEnd;
        _wavePeriod = p.WavePeriod;
        _waveWidth = p.WaveWidth;
        _waveHeight = p.WaveHeight;
        _shockTime = p.ShockTime;
        _shockRate = p.ShockRate;
        _horizon = Math.Max(1, horizon);
    }

    /// <summary>Expected arrivals at tick <paramref name="t"/>.</summary>
    public double At(int t) => _profile switch
    {
        1 => _rate + ((_rateEnd - _rate) * Math.Min(1.0, t / (double)Math.Max(1, _horizon - 1))),
        2 => _rate + (t % _wavePeriod < _waveWidth ? _waveHeight : 0.0),
        3 => t >= _shockTime ? _shockRate : _rate,
        _ => _rate,
    };
}
