namespace TeamSim.Core.Team;

/// <content>Work: help-seeking, solving (the emergent inverted U), learning by doing, errors and reporting.</content>
public sealed partial class TeamModel
{
    private double[] _reviewNeeds;   // knowledge needs w of each logged item, K per item
    private int[] _reviewSolver;
    private int[] _reviewGroup;
    private int _reviewCount;

    private void Work()
    {
        // Open incidents in arrival order: each member works on its oldest assigned incident.
        for (int o = 0; o < _incidents.OpenCount; o++)
        {
            int slot = _incidents.Open[o];
            int m = _incidents.Assignee[slot];
            if (m < 0 || _members.Absent[m] || _members.Worked[m])
            {
                continue;
            }

            _members.Worked[m] = true;
            WorkOn(m, slot);
        }

        _incidents.CompactOpenList();
    }

    private void WorkOn(int m, int slot)
    {
        double budget = _members.Budget[m];
        double difficulty = _incidents.Difficulty[slot];
        double fit = TrueFit(m, slot);
        if (Instructed(m, slot))
        {
            // Directive leadership: her instructions pull the worker's fit toward her own true fit,
            // up when she knows more (routine work, an expert leader), down when she knows less
            // (novel work whose needs lie outside the visible domain she judged by).
            fit += P.Direction * (TrueFit(Leader, slot) - fit);
        }

        double effectiveFit = fit;

        // Members who are stuck (out of their depth) or have just erred seek guidance, if they feel
        // safe and hold a learning mindset.
        if (!P.AblateHelp && (fit < difficulty || _members.ErredBefore[m]) && _rngHelp.Bernoulli(_members.Safety[m] * (0.5 + (0.5 * _members.Mindset[m]))))
        {
            int helper = ChooseHelper(m, slot);
            if (helper >= 0)
            {
                // Help works when the helper knows more about this incident than the asker: her
                // knowledge is pooled with the asker's. Advice from someone who knows less adds nothing.
                double helperFit = TrueFit(helper, slot);
                bool works = helperFit > fit;
                _tally.HelpRequests.Add();
                ChargeTime(helper, P.HelpCost);
                double ben = _trust[m, helper];
                if (works)
                {
                    _tally.HelpSuccess.Add();
                    effectiveFit = 1 - ((1 - fit) * (1 - (P.HelpEffect * helperFit)));
                    _trust.Set(m, helper, ben + (P.TrustGain * (1 - ben)));
                }
                else
                {
                    _trust.Set(m, helper, ben - (P.TrustLoss * ben));
                }

                MoveBeliefTowardTruth(m, helper, slot, P.HelpDirectoryRate);
                Emit(TeamEventKinds.Help, m, helper, _incidents.Id[slot], works ? 1 : 0);
            }
        }

        double arousal = _members.Arousal[m];
        double effort = 1 - ((1 - P.EffortBase) * (1 - arousal) * (1 - arousal));
        double novelty = _incidents.Novel[slot] ? 1.0 : 0.0;
        double attention = Math.Max(0, 1 - (P.AttentionNarrowing * arousal * (novelty + difficulty) / 2));
        double solve = P.SolveRate * budget * effort * attention * Logistic((effectiveFit - difficulty) / P.FitScale);

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
        if (_members.Worked[member])
        {
            _members.PendingCost[member] += cost;
        }
        else
        {
            _members.Budget[member] = Math.Max(0, _members.Budget[member] - cost);
        }
    }

    /// <summary>
    /// Helper drawn by softmax over Ben[i][m] x D[i][m][d] (not argmax, ERC 2012 calibration),
    /// among the present members of the asker's work group.
    /// </summary>
    private int ChooseHelper(int asker, int slot)
    {
        int d = _incidents.Domain[slot];
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

            double ben = _trust[asker, j];
            double score = P.HelpBeta * ben * _directory[asker, j, d];
            _scratch[j] = score;
            max = Math.Max(max, score);
            if (trusted < 0 || ben > _trust[asker, trusted])
            {
                trusted = j;
            }

            if (senior < 0 || _members.Rank[j] > _members.Rank[senior])
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
                _tally.HelpToTrusted++;
            }
            else if (chosen == senior)
            {
                _tally.HelpToSenior++;
            }
        }

        return chosen;
    }

    private void HandleError(int m, int slot)
    {
        _tally.ErrorsMade.Add();
        _members.Erred[m] = true;
        double added = P.ErrorSeverity * P.Severity0;
        _incidents.Severity[slot] += added;
        _incidents.OpenSeverity += added;

        // Reporting depends on safety and mindset, unless the reporting pathway is ablated (baseline values).
        double s = P.AblateReporting ? P.Safety0 : _members.Safety[m];
        double mind = P.AblateReporting ? P.Mindset0 : _members.Mindset[m];
        double logit = P.ReportIntercept + (P.ReportSafety * s) + (P.ReportMindset * mind) + (P.Protocol ? P.ReportProtocol : 0);
        bool reported = _rngErrors.Bernoulli(Logistic(logit));
        Emit(TeamEventKinds.Error, m, reported ? 1 : 0, _incidents.Id[slot], added);
        if (reported)
        {
            _tally.ErrorsReported.Add();
            double contained = (P.Protocol ? 1.0 : P.Containment) * added;
            _incidents.Severity[slot] -= contained;
            _incidents.OpenSeverity -= contained;
            LogForReview(slot, -1, m);
            if (P.ReviewInterval > 0)
            {
                _groupReported[GroupOf(m)]++;
            }

            RespondToReportedError(m);
        }
        else
        {
            _tally.ErrorsConcealed.Add();
            AddLatent(_incidents.Domain[slot]);
        }
    }

    private void Resolve(int m, int slot)
    {
        // A hard solve (her fit was below the difficulty) is worth a review; learning comes after.
        bool hard = TrueFit(m, slot) < _incidents.Difficulty[slot];
        LearnBySolving(m, slot);
        _tally.Resolved.Add();
        _tally.ResolveTimeSum += Tick + 1 - _incidents.Arrival[slot];
        _members.Queue[m]--;
        Emit(TeamEventKinds.Resolve, m, -1, _incidents.Id[slot], _incidents.Severity[slot]);
        _incidents.Close(slot);

        // Everyone in the solver's work group sees the solve and learns a little about what the
        // solver knows: one directory row per observer, N x K apart (a cache miss each).
        ReadOnlySpan<double> needs = _incidents.WeightsOf(slot);
        ReadOnlySpan<double> truth = _members.Expertise.AsSpan(m * _k, _k);
        double rate = P.ObservationRate;
        for (int i = GroupStart(m), end = GroupEnd(m); i < end; i++)
        {
            if (i != m && Available(i))
            {
                MoveBeliefTowardTruth(_directory.Row(i, m), truth, needs, rate);
                if (i == Leader)
                {
                    _directory.GainConfidence(m, needs, rate);
                }
            }
        }

        RefreshRouting(m); // her queue, and perhaps the leader's beliefs about her, changed
        if (hard)
        {
            LogForReview(slot, m, m);
        }
    }

    /// <summary>
    /// The leader instructs a member (other than herself) working an incident when she gives
    /// directions at all, is present, and believes she knows its visible domain better than the member does:
    /// her own expertise there exceeds her directory entry for the member.
    /// </summary>
    private bool Instructed(int m, int slot)
    {
        int d = _incidents.Domain[slot];
        return m != Leader && P.Direction > 0 && Available(Leader) && Expertise(Leader, d) > _directory[Leader, m, d];
    }

    /// <summary>
    /// Learning by doing (Argote 1999): a solve teaches e[m][k] += l_do x x_m x w_k x e (1 - e) in
    /// the domains the incident needed (x_m her fit, halved by instructions at direction 0.5). Ticks
    /// of struggle teach nothing, the (1 - e) factor gives diminishing returns, and the fit and e
    /// factors say one learns where one has a foothold (absorptive capacity, Cohen and Levinthal
    /// 1990), so misrouting is not a way to train a team.
    /// </summary>
    private void LearnBySolving(int m, int slot)
    {
        if (P.AblateLearning)
        {
            return;
        }

        // One learns from a solve as far as one understood it (her fit x); work one is told how to
        // do teaches less than work one owns (Lorinkova, Pearsall and Sims 2013).
        double rate = P.LearningByDoing * TrueFit(m, slot) * (Instructed(m, slot) ? 1 - P.Direction : 1);
        int w0 = slot * _k;
        for (int k = 0; k < _k; k++)
        {
            double w = _incidents.Weights[w0 + k];
            if (w > 0)
            {
                double e = Expertise(m, k);
                SetExpertise(m, k, e + (rate * w * e * (1 - e)));
            }
        }
    }

    /// <summary>Learned expertise decays toward what each member started with: e += f (floor - e) where e is above its floor.</summary>
    private void Forget()
    {
        if (P.Forgetting == 0)
        {
            return;
        }

        for (int i = 0, c = 0; i < _n; i++)
        {
            for (int k = 0; k < _k; k++, c++)
            {
                double above = _members.Expertise[c] - _members.ExpertiseFloor[c];
                if (above > 0)
                {
                    SetExpertise(i, k, _members.Expertise[c] - (P.Forgetting * above));
                }
            }
        }
    }

    /// <summary>D[i][j][k] moves toward e[j][k] by rate x w_k over the incident's knowledge needs.</summary>
    private void MoveBeliefTowardTruth(int i, int j, int slot, double rate)
    {
        MoveBeliefTowardTruth(_directory.Row(i, j), _members.Expertise.AsSpan(j * _k, _k), _incidents.WeightsOf(slot), rate);
        if (i == Leader)
        {
            _directory.GainConfidence(j, _incidents.WeightsOf(slot), rate);
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
        _members.Expertise[(member * _k) + k] = value;
        _directory[member, member, k] = value; // own row stays exact
        _fitIndex?.Refresh(member, k);
    }

    /// <summary>
    /// Logs a reported error (solver -1) or a hard solve on <paramref name="slot"/> for the review
    /// of <paramref name="member"/>'s work group, with the incident's knowledge needs.
    /// </summary>
    private void LogForReview(int slot, int solver, int member)
    {
        if (P.ReviewInterval == 0)
        {
            return; // no reviews: nothing to keep
        }

        if (_reviewCount == _reviewSolver.Length)
        {
            Array.Resize(ref _reviewNeeds, _reviewNeeds.Length * 2);
            Array.Resize(ref _reviewSolver, _reviewSolver.Length * 2);
            Array.Resize(ref _reviewGroup, _reviewGroup.Length * 2);
        }

        _incidents.WeightsOf(slot).CopyTo(_reviewNeeds.AsSpan(_reviewCount * _k, _k));
        _reviewSolver[_reviewCount] = solver;
        _reviewGroup[_reviewCount] = GroupOf(member);
        _reviewCount++;
    }
}
