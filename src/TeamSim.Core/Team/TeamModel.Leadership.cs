namespace TeamSim.Core.Team;

/// <content>The leader: takeover, inquiry, routing, keeping incidents, voice and responses to reported errors.</content>
public sealed partial class TeamModel
{
    private bool _takeover;

    /// <summary>Team pressure P = open severity / (N x crisis severity).</summary>
    private double Pressure => _incidents.OpenSeverity / (_n * P.CrisisSeverity);

    private void UpdateTakeover()
    {
        bool now = P.Takeover && Pressure > P.CrisisThreshold;
        if (now != _takeover)
        {
            Emit(now ? TeamEventKinds.TakeoverStart : TeamEventKinds.TakeoverEnd, Leader, -1, -1, Pressure);
        }

        _takeover = now;
        if (_takeover)
        {
            _tally.TakeoverTicks++;
        }
    }

    /// <summary>
    /// Routes every open incident that has no assignee, and collects the answers for incidents the
    /// leader asked about whose answers are due. Asking never freezes work: an incident she asks
    /// about starts at once under her provisional choice and is handed over when the answers name
    /// someone better (<see cref="ReceiveAnswers"/>).
    /// </summary>
    private void RouteWaitingIncidents()
    {
        for (int o = 0; o < _incidents.OpenCount; o++)
        {
            int slot = _incidents.Open[o];
            if (_incidents.Assignee[slot] != IncidentPool.Unassigned)
            {
                if (_incidents.Stage[slot] == StageAsking && _incidents.ReadyAt[slot] <= Tick)
                {
                    ReceiveAnswers(slot);
                }

                continue;
            }

            if (_takeover)
            {
                // Under threat the leader centralises: no asking, she keeps what she can, the rest by her own beliefs.
                Assign(slot, ChooseInTakeover(slot), allowVoice: false, countAccuracy: true);
                continue;
            }

            bool isNew = _incidents.Stage[slot] == StageNew;
            int assignee = ApplyRotation(slot, ChooseByLeader(slot, ask: false, allowKeep: true));
            if (assignee < 0)
            {
                continue; // nobody available: the incident waits, and is routed afresh next tick
            }

            // She asks with probability q x (her uncertainty about her choice), so asking gets
            // rarer as her directory learns; the answers are due inquiry_delay ticks from now.
            bool ask = isNew && _rngRouting.Bernoulli(P.Inquiry * AskingWeight(assignee, _incidents.Domain[slot]));
            Assign(slot, assignee, allowVoice: true, countAccuracy: !ask);
            if (ask)
            {
                _tally.Inquiries++;
                _incidents.Stage[slot] = StageAsking;
                _incidents.ReadyAt[slot] = Tick + P.InquiryDelay;
                if (P.InquiryDelay == 0)
                {
                    ReceiveAnswers(slot);
                }
            }
        }
    }

    /// <summary>
    /// The factor on q: 1 - w + w u, where u = 1 - the leader's confidence in her belief about
    /// the member she chose, in the incident's surface domain (0 when she chose herself: she knows
    /// what she knows); w = <c>leader.uncertainty_weight</c>.
    /// </summary>
    private double AskingWeight(int chosen, int domain)
    {
        double uncertainty = chosen == Leader ? 0 : 1 - _directory.Confidence(chosen, domain);
        return 1 - P.UncertaintyWeight + (P.UncertaintyWeight * uncertainty);
    }

    /// <summary>
    /// The answers to an inquiry arrive: the leader scores everyone again with what she was told
    /// (the current assignee without this incident in her queue) and, if the answers name someone
    /// else, hands the incident over; the new assignee loses <c>leader.handover_cost</c> of a tick
    /// when the incident has already been in work (inquiry_delay &gt; 0).
    /// </summary>
    private void ReceiveAnswers(int slot)
    {
        int current = _incidents.Assignee[slot];
        _incidents.Stage[slot] = StageReady;
        _members.Queue[current]--;
        RefreshRouting(current);
        int best = ChooseByLeader(slot, ask: true, allowKeep: false);
        if (best < 0 || best == current)
        {
            _members.Queue[current]++; // she keeps it
            RefreshRouting(current);
            CountAccuracy(current, BestAvailableByTrueFit(slot, out _));
            return;
        }

        Emit(TeamEventKinds.Handover, current, best, _incidents.Id[slot], _incidents.Severity[slot]);
        _tally.Handovers++;
        if (P.InquiryDelay > 0)
        {
            ChargeTime(best, P.HandoverCost);
        }

        Assign(slot, best, allowVoice: false, countAccuracy: true);
    }

    /// <summary>
    /// Routing outside takeover: score_i = fit estimate - load_pen x queue_i, highest score wins
    /// (ties: lowest index); with <paramref name="allowKeep"/> the leader may then keep it. When asking, the asked members (everyone present, or the ask_limit
    /// members she believes best) gain safety and spend answer_cost of the tick; those who answer
    /// (probability = their safety) state their true fit plus noise, which replaces her estimate.
    /// </summary>
    /// <remarks>
    /// The candidates are taken in three parts that together give exactly the argmax of one scan
    /// over the team: the leader (index 0, her own expertise), the asked members in index order
    /// (so the random draws come in the same order whoever is asked), and the best of the rest by
    /// her directory, from the routing index in a large team.
    /// </remarks>
    private int ChooseByLeader(int slot, bool ask, bool allowKeep)
    {
        int d = _incidents.Domain[slot];
        int best = -1;
        double bestScore = double.NegativeInfinity;
        if (Available(Leader) && _members.Queue[Leader] < P.LeaderCapacity)
        {
            best = Leader;
            bestScore = Expertise(Leader, d) - (P.LoadPenalty * _members.Queue[Leader]);
        }

        bool everyoneAsked = false;
        int asked = ask ? SelectAskedMembers(d, out everyoneAsked) : 0;
        for (int a = 0; a < asked; a++)
        {
            int i = _askedList[a];
            double score = Ask(i, slot, d) - (P.LoadPenalty * _members.Queue[i]);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        if (!everyoneAsked)
        {
            int other = BestByLeaderBelief(d);
            double score = other >= 0 ? RoutingScore(other, d) : double.NegativeInfinity;
            if (other >= 0 && (score > bestScore || (score == bestScore && other < best)))
            {
                bestScore = score;
                best = other;
            }
        }

        ReleaseAskedMembers(asked, d);

        // With probability 1 - d the leader keeps it, if she is nearly as good as the best and has room.
        if (allowKeep && Available(Leader) && _members.Queue[Leader] < P.LeaderCapacity && _rngRouting.Bernoulli(1 - P.Delegation))
        {
            double own = Expertise(Leader, d) - (P.LoadPenalty * _members.Queue[Leader]);
            if (own >= bestScore - P.KeepMargin)
            {
                return Leader;
            }
        }

        return best;
    }

    /// <summary>
    /// The leader asks member i about an incident: i gains safety and loses answer_cost of the
    /// tick; with probability S_i she answers with her true fit plus noise. Returns the leader's
    /// estimate of i's fit: the answer, or her directory entry when i does not answer.
    /// </summary>
    private double Ask(int i, int slot, int d)
    {
        double estimate = _directory[Leader, i, d];
        _members.Safety[i] += P.SafetyInquiryGain * (1 - _members.Safety[i]);
        _members.Budget[i] = Math.Max(0, _members.Budget[i] - P.AnswerCost);
        // Answering is voice on request: with voice ablated members answer at the baseline rate.
        if (_rngRouting.Bernoulli(P.AblateVoice ? P.Safety0 : _members.Safety[i]))
        {
            double noise = P.AnswerNoise * _rngRouting.NextGaussian();
            if (!P.AblateRouting)
            {
                estimate = TrueFit(i, slot) + noise;
                LearnFromAnswer(i, slot);
            }
        }

        return estimate;
    }

    private void LearnFromAnswer(int member, int slot)
    {
        Span<double> beliefs = _directory.Row(Leader, member);
        int w0 = slot * _k;
        int surface = _incidents.Domain[slot];
        for (int k = 0; k < _k; k++)
        {
            double w = _incidents.Weights[w0 + k];
            beliefs[k] += P.InquiryRate * w * (_members.Expertise[(member * _k) + k] - beliefs[k]);
            _directory.GainConfidence(member, k, P.InquiryRate * w);
            if (w > 0 && k != surface)
            {
                RefreshRouting(member, k); // the surface domain's entry is masked while she asks; restored afterwards
            }
        }
    }

    private int ChooseInTakeover(int slot)
    {
        if (Available(Leader) && _members.Queue[Leader] < P.LeaderCapacity)
        {
            return Leader;
        }

        return BestByLeaderBelief(P.TakeoverByRank ? RankKey : _incidents.Domain[slot]);
    }

    /// <summary>During a rotation a member takes work from the partner's domain with probability rotation_share.</summary>
    private int ApplyRotation(int slot, int assignee)
    {
        if (assignee < 0 || P.RotationInterval == 0)
        {
            return assignee;
        }

        int partner = _members.Partner[assignee];
        if (partner >= 0 && Available(partner) && _members.Primary[assignee] == _incidents.Domain[slot] && _rngRouting.Bernoulli(P.RotationShare))
        {
            return partner;
        }

        return assignee;
    }

    private void Assign(int slot, int assignee, bool allowVoice, bool countAccuracy)
    {
        if (assignee < 0)
        {
            return; // nobody available: the incident waits
        }

        // The present member who knows best: voice (in a one-group team) and accuracy both need her.
        bool voice = allowVoice && !P.AblateVoice;
        double bestFit = double.NegativeInfinity;
        int bestTrue = voice || countAccuracy ? BestAvailableByTrueFit(slot, out bestFit) : -1;
        if (voice)
        {
            assignee = ApplyVoice(slot, assignee, bestTrue, bestFit);
        }

        _incidents.Assignee[slot] = assignee;
        _incidents.Stage[slot] = StageReady;
        _members.Queue[assignee]++;
        RefreshRouting(assignee);
        if (countAccuracy)
        {
            CountAccuracy(assignee, bestTrue);
        }

        Emit(TeamEventKinds.Assign, Leader, assignee, _incidents.Id[slot], _incidents.Severity[slot]);
    }

    /// <summary>
    /// Voice: the member who really knows best among those who see the assignment (the assignee's
    /// work group; the whole team when it is one group) speaks up, with probability her safety,
    /// if her advantage in fit, less load_pen x (her queue - the assignee's) when voice is
    /// load-aware, exceeds the voice margin; the leader accepts with probability q.
    /// </summary>
    private int ApplyVoice(int slot, int assignee, int bestTrue, double bestFit)
    {
        int voicer = bestTrue;
        double voicerFit = bestFit;
        if (_groupCount > 1)
        {
            voicer = BestAvailableByTrueFit(slot, GroupStart(assignee), GroupEnd(assignee), out voicerFit);
        }

        if (voicer == assignee || voicer == Leader)
        {
            return assignee;
        }

        double advantage = voicerFit - TrueFit(assignee, slot);
        if (P.VoiceLoadAware)
        {
            advantage -= P.LoadPenalty * (_members.Queue[voicer] - _members.Queue[assignee]);
        }

        if (advantage <= P.VoiceMargin || !_rngVoice.Bernoulli(_members.Safety[voicer]))
        {
            return assignee;
        }

        _tally.Voice.Add();
        bool accepted = _rngVoice.Bernoulli(P.Inquiry);
        Emit(TeamEventKinds.Voice, voicer, assignee, _incidents.Id[slot], accepted ? 1 : 0);
        if (!accepted)
        {
            return assignee;
        }

        _tally.VoiceAccepted++;
        return voicer;
    }

    /// <summary>Routing accuracy: the final routing decision went to <paramref name="bestTrue"/>, the present member with the highest true fit.</summary>
    private void CountAccuracy(int assignee, int bestTrue)
    {
        _tally.Assignments.Add();
        if (assignee == bestTrue)
        {
            _tally.Accurate.Add();
        }
    }

    /// <summary>The leader's answer to a reported error: blame (probability b) or learning framing.</summary>
    private void RespondToReportedError(int member)
    {
        if (member == Leader)
        {
            return;
        }

        if (_rngBlame.Bernoulli(P.Blame))
        {
            _members.Blamed[member] = true;
            if (P.ReviewInterval > 0)
            {
                _groupBlamed[GroupOf(member)]++;
            }

            _members.Safety[member] -= P.SafetyBlameLoss * _members.Safety[member];
            _members.Mindset[member] = Clamp01(_members.Mindset[member] - P.MindsetBlameLoss);
            _trust.Set(member, Leader, _trust[member, Leader] - P.TrustLoss);
            Emit(TeamEventKinds.Blame, Leader, member, -1, 1);
        }
        else
        {
            _members.Safety[member] += P.SafetyLearningGain * (1 - _members.Safety[member]);
            _members.Mindset[member] += P.MindsetLearningGain * (1 - _members.Mindset[member]);
            _trust.Set(member, Leader, _trust[member, Leader] + P.TrustGain);
            Emit(TeamEventKinds.LearningFraming, Leader, member, -1, 0);
        }
    }
}
