namespace TeamSim.Core.Team;

/// <content>Work: help-seeking, solving (the emergent inverted U), learning by doing, errors and reporting.</content>
public sealed partial class TeamModel
{
    private int[] _reviewDomain;
    private int[] _reviewSolver;
    private int[] _reviewGroup;
    private int _reviewCount;

    private void Work()
    {
        // Open incidents in arrival order: each member works on its oldest assigned incident.
        for (int o = 0; o < _openCount; o++)
        {
            int slot = _open[o];
            int m = _incAssignee[slot];
            if (m < 0 || _absent[m] || _worked[m])
            {
                continue;
            }

            _worked[m] = true;
            WorkOn(m, slot);
        }

        CompactOpenList();
    }

    private void WorkOn(int m, int slot)
    {
        double budget = _budget[m];
        double difficulty = _incDifficulty[slot];
        double fit = TrueFit(m, slot);
        double effectiveFit = fit;

        // Members who know they are out of their depth ask, if they feel safe and hold a learning mindset.
        if (!P.AblateHelp && fit < difficulty && _rngHelp.Bernoulli(_safety[m] * (0.5 + (0.5 * _mindset[m]))))
        {
            int helper = ChooseHelper(m, slot);
            if (helper >= 0)
            {
                double helperFit = TrueFit(helper, slot);
                bool works = helperFit >= difficulty;
                _helpRequestsTick++;
                _helpRequestsTotal++;
                ChargeTime(helper, P.HelpCost);
                double ben = _benevolence[(m * _n) + helper];
                if (works)
                {
                    _helpSuccessTick++;
                    _helpSuccessTotal++;
                    effectiveFit = 1 - ((1 - fit) * (1 - (P.HelpEffect * helperFit)));
                    SetBenevolence(m, helper, ben + (P.TrustGain * (1 - ben)));
                }
                else
                {
                    SetBenevolence(m, helper, ben - (P.TrustLoss * ben));
                }

                MoveBeliefTowardTruth(m, helper, slot, P.HelpDirectoryRate);
                Emit("help", m, helper, _incId[slot], works ? 1 : 0);
            }
        }

        double arousal = _arousal[m];
        double effort = 1 - ((1 - P.EffortBase) * (1 - arousal) * (1 - arousal));
        double novelty = _incNovel[slot] ? 1.0 : 0.0;
        double attention = Math.Max(0, 1 - (P.AttentionNarrowing * arousal * (novelty + difficulty) / 2));
        double solve = P.SolveRate * budget * effort * attention * Logistic((effectiveFit - difficulty) / P.FitScale);

        if (!P.AblateLearning)
        {
            int w0 = slot * _k;
            for (int k = 0; k < _k; k++)
            {
                SetExpertise(m, k, Expertise(m, k) + (P.LearningByDoing * budget * _incWeights[w0 + k] * (1 - Expertise(m, k))));
            }
        }

        if (_rngErrors.Bernoulli(P.ErrorRate * budget * (1 - effectiveFit) * (1 + (P.ErrorArousalGain * arousal))))
        {
            HandleError(m, slot);
        }

        if (_rngWork.Bernoulli(solve))
        {
            Resolve(m, slot);
        }
    }

    /// <summary>
    /// Takes time from a member: from this tick's budget if she has not worked yet, otherwise from
    /// the next tick's, so helping always costs something whatever the processing order.
    /// </summary>
    private void ChargeTime(int member, double cost)
    {
        if (_worked[member])
        {
            _pendingCost[member] += cost;
        }
        else
        {
            _budget[member] = Math.Max(0, _budget[member] - cost);
        }
    }

    /// <summary>
    /// Helper drawn by softmax over Ben[i][m] x D[i][m][d] (not argmax, ERC 2012 calibration),
    /// among the present members of the asker's work group.
    /// </summary>
    private int ChooseHelper(int asker, int slot)
    {
        int d = _incDomain[slot];
        int start = GroupStart(asker), end = GroupEnd(asker);
        double max = double.NegativeInfinity;
        int trusted = -1, senior = -1;
        for (int j = start; j < end; j++)
        {
            _scratch[j] = double.NegativeInfinity;
            if (j == asker || !Available(j))
            {
                continue;
            }

            double ben = _benevolence[(asker * _n) + j];
            double score = P.HelpBeta * ben * _directory[(((asker * _n) + j) * _k) + d];
            _scratch[j] = score;
            max = Math.Max(max, score);
            if (trusted < 0 || ben > _benevolence[(asker * _n) + trusted])
            {
                trusted = j;
            }

            if (senior < 0 || _rankScore[j] > _rankScore[senior])
            {
                senior = j;
            }
        }

        if (trusted < 0)
        {
            return -1;
        }

        double sum = 0;
        for (int j = start; j < end; j++)
        {
            if (!double.IsNegativeInfinity(_scratch[j]))
            {
                _scratch[j] = Math.Exp(_scratch[j] - max);
                sum += _scratch[j];
            }
        }

        double u = _rngHelp.NextDouble() * sum;
        int chosen = -1;
        for (int j = start; j < end; j++)
        {
            if (double.IsNegativeInfinity(_scratch[j]))
            {
                continue;
            }

            chosen = j;
            u -= _scratch[j];
            if (u < 0)
            {
                break;
            }
        }

        if (trusted != senior)
        {
            if (chosen == trusted)
            {
                _helpToTrusted++;
            }
            else if (chosen == senior)
            {
                _helpToSenior++;
            }
        }

        return chosen;
    }

    private void HandleError(int m, int slot)
    {
        _errorsMadeTick++;
        _errorsMadeTotal++;
        _erred[m] = true;
        double added = P.ErrorSeverity * P.Severity0;
        _incSeverity[slot] += added;
        _openSeverity += added;

        // Reporting depends on safety and mindset, unless the reporting pathway is ablated (baseline values).
        double s = P.AblateReporting ? P.Safety0 : _safety[m];
        double mind = P.AblateReporting ? P.Mindset0 : _mindset[m];
        double logit = P.ReportIntercept + (P.ReportSafety * s) + (P.ReportMindset * mind) + (P.Protocol ? P.ReportProtocol : 0);
        bool reported = _rngErrors.Bernoulli(Logistic(logit));
        Emit("error", m, reported ? 1 : 0, _incId[slot], added);
        if (reported)
        {
            _errorsReportedTick++;
            _errorsReportedTotal++;
            double contained = (P.Protocol ? 1.0 : P.Containment) * added;
            _incSeverity[slot] -= contained;
            _openSeverity -= contained;
            LogForReview(_incDomain[slot], -1, m);
            RespondToReportedError(m);
        }
        else
        {
            _errorsConcealedTick++;
            _errorsConcealedTotal++;
            AddLatent(_incDomain[slot]);
        }
    }

    private void Resolve(int m, int slot)
    {
        _resolvedTick++;
        _resolvedTotal++;
        _resolveTimeSum += Tick + 1 - _incArrival[slot];
        _queue[m]--;
        Emit("resolve", m, -1, _incId[slot], _incSeverity[slot]);
        Close(slot);

        // Everyone in the solver's work group sees the solve and learns a little about what the
        // solver knows: one directory row per observer, N x K apart (a cache miss each).
        ReadOnlySpan<double> needs = _incWeights.AsSpan(slot * _k, _k);
        ReadOnlySpan<double> truth = _expertise.AsSpan(m * _k, _k);
        double rate = P.ObservationRate;
        for (int i = GroupStart(m), end = GroupEnd(m); i < end; i++)
        {
            if (i != m && Available(i))
            {
                MoveBeliefTowardTruth(_directory.AsSpan(((i * _n) + m) * _k, _k), truth, needs, rate);
            }
        }

        RefreshRouting(m); // her queue, and perhaps the leader's beliefs about her, changed
        LogForReview(_incDomain[slot], m, m);
    }

    /// <summary>D[i][j][k] moves toward e[j][k] by rate x w_k over the incident's knowledge needs.</summary>
    private void MoveBeliefTowardTruth(int i, int j, int slot, double rate)
    {
        MoveBeliefTowardTruth(_directory.AsSpan(((i * _n) + j) * _k, _k), _expertise.AsSpan(j * _k, _k), _incWeights.AsSpan(slot * _k, _k), rate);
        if (i == Leader)
        {
            RefreshRouting(j);
        }
    }

    /// <summary>One directory row (i's beliefs about j) moves toward j's true expertise by rate x w_k.</summary>
    private static void MoveBeliefTowardTruth(Span<double> belief, ReadOnlySpan<double> truth, ReadOnlySpan<double> needs, double rate)
    {
        truth = truth[..belief.Length];
        needs = needs[..belief.Length];
        for (int k = 0; k < belief.Length; k++)
        {
            belief[k] += rate * needs[k] * (truth[k] - belief[k]);
        }
    }

    private void SetExpertise(int member, int k, double value)
    {
        value = Clamp01(value);
        _expertise[(member * _k) + k] = value;
        _directory[(((member * _n) + member) * _k) + k] = value; // own row stays exact
        _fitIndex?.Refresh(member, k);
    }

    /// <summary>Logs a reported error (solver -1) or a resolution for the review of <paramref name="member"/>'s work group.</summary>
    private void LogForReview(int domain, int solver, int member)
    {
        if (P.ReviewInterval == 0)
        {
            return; // no reviews: nothing to keep
        }

        if (_reviewCount == _reviewDomain.Length)
        {
            Array.Resize(ref _reviewDomain, _reviewDomain.Length * 2);
            Array.Resize(ref _reviewSolver, _reviewSolver.Length * 2);
            Array.Resize(ref _reviewGroup, _reviewGroup.Length * 2);
        }

        _reviewDomain[_reviewCount] = domain;
        _reviewSolver[_reviewCount] = solver;
        _reviewGroup[_reviewCount] = GroupOf(member);
        _reviewCount++;
    }
}
