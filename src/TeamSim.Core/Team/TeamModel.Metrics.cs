namespace TeamSim.Core.Team;

/// <content>Metrics: per-tick counters, incremental aggregates and per-run totals.</content>
public sealed partial class TeamModel
{
    private readonly double[] _tickMetrics;

    // The metrics that describe the team as a step leaves it (mean safety, trust in the leader,
    // knowledge, breadth, mindset, directory accuracy) are most of the cost of the tick metrics
    // (directory accuracy alone is N(N-1)K dependent additions, or a fixed sample of pairs in large
    // teams), and a sweep reads only their final values. So a step marks them stale and the first
    // read after the step computes them; nothing in the public API changes the team between
    // steps, so the values are the ones the step would have recorded, to the bit. (The *ForTest
    // hooks in TeamModel.Inspection.cs do change it: a test that uses one between a step and a
    // read sees the changed state.)
    private bool _stateMetricsStale;

    // This tick.
    private int _arrivedTick, _resolvedTick, _crisesActiveTick, _errorsMadeTick, _errorsReportedTick;
    private int _errorsConcealedTick, _latentSurfacedTick, _helpRequestsTick, _helpSuccessTick, _voiceTick;
    private int _assignmentsTick, _accurateTick;
    private double _damageTick;

    // Whole run.
    private long _arrivedTotal, _resolvedTotal, _crisesTotal, _errorsMadeTotal, _errorsReportedTotal;
    private long _errorsConcealedTotal, _latentSurfacedTotal, _helpRequestsTotal, _helpSuccessTotal;
    private long _helpToTrusted, _helpToSenior, _voiceTotal, _voiceAccepted, _inquiries, _takeoverTicks;
    private long _reviews, _assignmentsTotal, _accurateTotal, _peakOpen, _handovers;
    private double _resolveTimeSum, _cumulativeDamage, _arousalSum;

    private void ResetTickCounters()
    {
        _arrivedTick = _resolvedTick = _crisesActiveTick = _errorsMadeTick = _errorsReportedTick = 0;
        _errorsConcealedTick = _latentSurfacedTick = _helpRequestsTick = _helpSuccessTick = _voiceTick = 0;
        _assignmentsTick = _accurateTick = 0;
        _damageTick = 0;
    }

    private void RecordTickMetrics()
    {
        _arrivedTotal += _arrivedTick;
        _latentSurfacedTotal += _latentSurfacedTick;
        _cumulativeDamage += _damageTick;
        _peakOpen = Math.Max(_peakOpen, _openCount);

        // Arousal every tick: the run's mean arousal is its mean over the ticks.
        double arousal = 0;
        for (int i = 0; i < _n; i++)
        {
            arousal += _arousal[i];
        }

        _arousalSum += arousal / _n;
        Span<double> m = _tickMetrics;
        m[0] = _openCount;
        m[1] = _arrivedTick;
        m[2] = _resolvedTick;
        m[3] = _crisesActiveTick;
        m[4] = _damageTick;
        m[5] = _cumulativeDamage;
        m[6] = _errorsMadeTick;
        m[7] = _errorsReportedTick;
        m[8] = _errorsConcealedTick;
        m[9] = _latentSurfacedTick;
        m[11] = TrustMean;
        m[15] = arousal / _n;
        m[17] = _helpRequestsTick;
        m[18] = _helpSuccessTick;
        m[19] = _voiceTick;
        m[20] = _assignmentsTick > 0 ? _accurateTick / (double)_assignmentsTick : double.NaN;
        m[22] = _queue[Leader] / (double)P.LeaderCapacity;
        m[23] = _resolvedTotal > 0 ? _resolveTimeSum / _resolvedTotal : double.NaN;
        m[24] = _takeover ? 1 : 0;
        m[25] = Pressure;

        // 10, 12, 13, 14, 16 and 21 on first read (RecordStateMetrics).
        _stateMetricsStale = true;
    }

    /// <summary>The tick metrics that describe the team's state (10, 12, 13, 14, 16 and 21), from the state a step left.</summary>
    private void RecordStateMetrics()
    {
        double safety = 0, mindset = 0, knowledge = 0, breadth = 0, trustInLeader = 0;
        for (int i = 0; i < _n; i++)
        {
            safety += _safety[i];
            mindset += _mindset[i];
            int wide = 0;
            for (int k = 0; k < _k; k++)
            {
                double e = _expertise[(i * _k) + k];
                knowledge += e;
                wide += e > 0.5 ? 1 : 0;
            }

            breadth += wide / (double)_k;
            if (i != Leader)
            {
                trustInLeader += _benevolence[(i * _n) + Leader];
            }
        }

        Span<double> m = _tickMetrics;
        m[10] = safety / _n;
        m[12] = _n > 1 ? trustInLeader / (_n - 1) : double.NaN;
        m[13] = knowledge / (_n * _k);
        m[14] = breadth / _n;
        m[16] = mindset / _n;
        m[21] = DirectoryAccuracy();
    }

    private double TrustMean => _n > 1 ? _benSum / ((double)_n * (_n - 1)) : double.NaN;

    /// <summary>1 - mean |D[i][j][k] - e[j][k]| over ordered pairs i != j (a fixed sample of pairs in large teams).</summary>
    /// <remarks>
    /// The sum runs over the pairs in a fixed order (i, then j, then k), so the value is
    /// reproducible to the bit; that makes it a chain of dependent additions, so the loops only
    /// remove what is not an addition (index arithmetic, bounds checks).
    /// </remarks>
    private double DirectoryAccuracy()
    {
        if (_samplePairs.Length == 0)
        {
            return _n > 1 ? 1 - (AllPairsDirectoryError() / ((double)_n * (_n - 1) * _k)) : double.NaN;
        }

        ReadOnlySpan<double> directory = _directory;
        ReadOnlySpan<double> expertise = _expertise;
        double error = 0;
        int pairs = _samplePairs.Length / 2;
        for (int p = 0; p < pairs; p++)
        {
            int i = _samplePairs[2 * p];
            int j = _samplePairs[(2 * p) + 1];
            error = AddAbsoluteDifferences(error, directory.Slice(((i * _n) + j) * _k, _k), expertise.Slice(j * _k, _k));
        }

        return 1 - (error / (pairs * (double)_k));
    }

    /// <summary>
    /// Sum of |D[i][j][k] - e[j][k]| over all i != j: i's beliefs about everyone, D[i][*][*], are
    /// one block laid out like e, so each i is two contiguous runs (before and after i herself).
    /// </summary>
    private double AllPairsDirectoryError()
    {
        ReadOnlySpan<double> expertise = _expertise;
        int block = _n * _k;
        double error = 0;
        for (int i = 0; i < _n; i++)
        {
            ReadOnlySpan<double> beliefs = _directory.AsSpan(i * block, block);
            int self = i * _k;
            error = AddAbsoluteDifferences(error, beliefs[..self], expertise[..self]);
            error = AddAbsoluteDifferences(error, beliefs[(self + _k)..], expertise[(self + _k)..]);
        }

        return error;
    }

    /// <summary>error + |a[0] - b[0]| + |a[1] - b[1]| + ..., added in that order.</summary>
    private static double AddAbsoluteDifferences(double error, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        b = b[..a.Length];
        for (int x = 0; x < a.Length; x++)
        {
            error += Math.Abs(a[x] - b[x]);
        }

        return error;
    }

    /// <inheritdoc />
    public void WriteTickMetrics(Span<double> destination) => CurrentTickMetrics().CopyTo(destination);

    /// <summary>The last step's tick metrics, with the state metrics filled in if they are stale.</summary>
    private ReadOnlySpan<double> CurrentTickMetrics()
    {
        if (_stateMetricsStale)
        {
            RecordStateMetrics();
            _stateMetricsStale = false;
        }

        return _tickMetrics;
    }

    /// <inheritdoc />
    public void WriteRunMetrics(Span<double> destination)
    {
        double openAge = 0;
        for (int o = 0; o < _openCount; o++)
        {
            openAge += Tick - _incArrival[_open[o]];
        }

        long pickedOne = _helpToTrusted + _helpToSenior;
        int ticks = Math.Max(1, Tick);
        ReadOnlySpan<double> last = CurrentTickMetrics();
        Span<double> r = destination;
        r[0] = _cumulativeDamage;
        r[1] = _arrivedTotal;
        r[2] = _resolvedTotal;
        r[3] = _openCount;
        r[4] = _crisesTotal;
        r[5] = _peakOpen;
        r[6] = _resolvedTotal > 0 ? _resolveTimeSum / _resolvedTotal : double.NaN;
        r[7] = _openCount > 0 ? openAge / _openCount : double.NaN;
        r[8] = _errorsMadeTotal;
        r[9] = _errorsReportedTotal;
        r[10] = _errorsConcealedTotal;
        r[11] = _errorsMadeTotal > 0 ? _errorsReportedTotal / (double)_errorsMadeTotal : double.NaN;
        r[12] = _latentSurfacedTotal;
        r[13] = _helpRequestsTotal;
        r[14] = _helpSuccessTotal;
        r[15] = pickedOne > 0 ? _helpToTrusted / (double)pickedOne : double.NaN;
        r[16] = _voiceTotal;
        r[17] = _voiceAccepted;
        r[18] = _inquiries;
        r[19] = _takeoverTicks;
        r[20] = _reviews;
        r[21] = _assignmentsTotal > 0 ? _accurateTotal / (double)_assignmentsTotal : double.NaN;
        r[22] = _resolvedTotal / ((double)_n * ticks);
        r[23] = last[10];
        r[24] = last[11];
        r[25] = last[12];
        r[26] = last[13];
        r[27] = last[14];
        r[28] = last[21];
        r[29] = last[16];
        r[30] = _arousalSum / ticks;
        r[31] = _handovers;
    }
}
