using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <content>Practices and personnel: post-action reviews, role rotation, absences, turnover, and member dynamics.</content>
public sealed partial class TeamModel
{
    private readonly int[] _order;
    private readonly int[] _groupPresent;   // per work group: members present at a review
    private readonly int[] _groupItems;     // per work group: items logged since the last review
    private readonly int[] _groupReported;  // per work group: errors reported since the last review ...
    private readonly int[] _groupBlamed;    // ... and how many of them the leader blamed
    private readonly double[] _groupNeeds;  // per work group and domain: summed needs of the logged items
    private int _absentIndex = -1;

    private void UpdatePersonnel()
    {
        if (P.AbsenceDuration > 0)
        {
            if (Tick == P.AbsenceStart)
            {
                if (_absentIndex >= 0)
                {
                    SetAbsent(_absentIndex, true);
                    ReleaseQueue(_absentIndex);
                    Emit(TeamEventKinds.AbsenceStart, _absentIndex, -1, -1, 0);
                }
            }
            else if (Tick == P.AbsenceStart + P.AbsenceDuration && _absentIndex >= 0)
            {
                SetAbsent(_absentIndex, false);
                Emit(TeamEventKinds.AbsenceEnd, _absentIndex, -1, -1, 0);
            }
        }

        if (P.TurnoverRate > 0)
        {
            for (int i = 1; i < _n; i++)
            {
                if (_rngTurnover.Bernoulli(P.TurnoverRate))
                {
                    ReplaceWithNewcomer(i);
                }
            }
        }
    }

    private void SetAbsent(int member, bool absent)
    {
        _members.Absent[member] = absent;
        _absentOthers += member == Leader ? 0 : absent ? 1 : -1;
        RefreshIndexesOnPresence(member);
    }

    /// <summary>
    /// The top expert of a domain, chosen from the initial expertise (never the leader), so every
    /// policy of a replication loses the same member (common random numbers).
    /// </summary>
    private int TopExpert(int domain)
    {
        if (domain < 0 || _n < 2)
        {
            return -1;
        }

        int best = 1;
        for (int i = 2; i < _n; i++)
        {
            if (Expertise(i, domain) > Expertise(best, domain))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>An absent member's incidents go back to the leader for routing.</summary>
    private void ReleaseQueue(int member)
    {
        for (int o = 0; o < _incidents.OpenCount; o++)
        {
            int slot = _incidents.Open[o];
            if (_incidents.Assignee[slot] == member)
            {
                _incidents.Assignee[slot] = IncidentPool.Unassigned;
                _incidents.Stage[slot] = StageNew;
                _incidents.ReadyAt[slot] = Tick;
            }
        }

        _members.Queue[member] = 0;
        RefreshRouting(member);
    }

    private void ReplaceWithNewcomer(int i)
    {
        for (int k = 0; k < _k; k++)
        {
            SetExpertise(i, k, P.NewcomerExpertise + (0.1 * _rngTurnover.NextGaussian()));
            _members.ExpertiseFloor[(i * _k) + k] = Expertise(i, k);
        }

        _members.Safety[i] = P.Safety0;
        _members.Arousal[i] = P.Arousal0;
        _members.Mindset[i] = P.Mindset0;
        _members.Rank[i] = 0; // the newcomer is the most junior
        for (int j = 0; j < _n; j++)
        {
            if (j != i)
            {
                _trust.Set(i, j, P.Benevolence0);
                _trust.Set(j, i, P.Benevolence0);
                SetPriorBeliefs(i, j, _rngTurnover);
                SetPriorBeliefs(j, i, _rngTurnover);
            }
        }

        RefreshRouting(i); // new rank, new queue-free beliefs of the leader about her

        Emit(TeamEventKinds.Turnover, i, -1, -1, 0);
    }

    private void HoldPractices()
    {
        int next = Tick + 1;
        if (P.ReviewInterval > 0 && next % P.ReviewInterval == 0)
        {
            HoldReview();
        }

        if (P.RotationInterval > 0 && next % P.RotationInterval == 0)
        {
            Rotate();
        }
    }

    /// <summary>
    /// Post-action review (Tannenbaum and Cerasoli 2013). Each work group reviews what it logged
    /// since the last review: reported errors and hard solves (concealed errors were never logged,
    /// so teach nothing). In each domain a participant learns l_rev x candour x (1 - e) x
    /// (1 - exp(-W_k)), W_k the summed needs of the items in k: the lessons of one review overlap,
    /// so many items in one domain teach little more than a few. Candour falls with the share of
    /// the group's reported errors the leader actually blamed. Who solved what becomes known.
    /// The review costs review_cost, shared by the group's present members.
    /// </summary>
    private void HoldReview()
    {
        _tally.Reviews++;
        Array.Clear(_groupPresent);
        Array.Clear(_groupItems);
        Array.Clear(_groupNeeds);
        for (int i = 0; i < _n; i++)
        {
            _groupPresent[GroupOf(i)] += Available(i) ? 1 : 0;
        }

        for (int r = 0; r < _reviewCount; r++)
        {
            int group = _reviewGroup[r];
            _groupItems[group]++;
            for (int k = 0; k < _k; k++)
            {
                _groupNeeds[(group * _k) + k] += _reviewNeeds[(r * _k) + k];
            }
        }

        for (int i = 0; i < _n; i++)
        {
            if (!Available(i))
            {
                continue;
            }

            int group = GroupOf(i);
            _members.PendingCost[i] += P.ReviewCost / Math.Max(1, _groupPresent[group]);
            if (P.AblateLearning || _groupItems[group] == 0)
            {
                continue;
            }

            _members.Mindset[i] += P.MindsetLearningGain * (1 - _members.Mindset[i]);
            double step = P.ReviewLearning * Candor(group);
            for (int k = 0; k < _k; k++)
            {
                double lesson = 1 - Math.Exp(-_groupNeeds[(group * _k) + k]);
                SetExpertise(i, k, Expertise(i, k) + (step * lesson * (1 - Expertise(i, k))));
            }
        }

        if (!P.AblateLearning)
        {
            for (int r = 0; r < _reviewCount; r++)
            {
                int solver = _reviewSolver[r];
                if (solver < 0)
                {
                    continue;
                }

                int group = _reviewGroup[r];
                double rate = 0.5 * Candor(group);
                ReadOnlySpan<double> needs = _reviewNeeds.AsSpan(r * _k, _k);
                for (int i = GroupFirst(group), end = GroupFirst(group + 1); i < end; i++)
                {
                    if (i == solver || !Available(i))
                    {
                        continue;
                    }

                    MoveBeliefTowardTruth(_directory.Row(i, solver), _members.Expertise.AsSpan(solver * _k, _k), needs, rate);
                    if (i == Leader)
                    {
                        _directory.GainConfidence(solver, needs, rate);
                        RefreshRouting(solver);
                    }
                }
            }
        }

        Emit(TeamEventKinds.Review, Leader, -1, -1, _reviewCount);
        _reviewCount = 0;
        Array.Clear(_groupReported);
        Array.Clear(_groupBlamed);
    }

    /// <summary>Candour of a group's review: 1 - candor_loss x (blamed / reported errors since the last review); 1 without reports.</summary>
    private double Candor(int group) =>
        _groupReported[group] == 0 ? 1 : 1 - (P.CandorLoss * _groupBlamed[group] / _groupReported[group]);

    /// <summary>
    /// Role rotation: members are paired across primary domains; partners cross-train toward each
    /// other's primary expertise (Marks et al. 2002), learn who knows what, and trust each other more.
    /// </summary>
    private void Rotate()
    {
        for (int i = 0; i < _n; i++)
        {
            _order[i] = i;
            _members.Partner[i] = -1;
        }

        Shuffle(_order, _rngPractices);
        for (int a = 0; a < _n; a++)
        {
            int i = _order[a];
            if (_members.Partner[i] >= 0 || !Available(i))
            {
                continue;
            }

            for (int b = a + 1; b < _n; b++)
            {
                int j = _order[b];
                if (_members.Partner[j] < 0 && Available(j) && _members.Primary[j] != _members.Primary[i])
                {
                    _members.Partner[i] = j;
                    _members.Partner[j] = i;
                    CrossTrain(i, j);
                    CrossTrain(j, i);
                    Emit(TeamEventKinds.Rotation, i, j, -1, 0);
                    break;
                }
            }
        }
    }

    private void CrossTrain(int learner, int teacher)
    {
        int d = _members.Primary[teacher];
        if (!P.AblateLearning && Expertise(teacher, d) > Expertise(learner, d))
        {
            SetExpertise(learner, d, Expertise(learner, d) + (P.RotationLearning * (Expertise(teacher, d) - Expertise(learner, d))));
        }

        Span<double> beliefs = _directory.Row(learner, teacher);
        for (int k = 0; k < _k; k++)
        {
            beliefs[k] += 0.5 * (Expertise(teacher, k) - beliefs[k]);
            if (learner == Leader)
            {
                _directory.GainConfidence(teacher, k, 0.5);
            }
        }

        if (learner == Leader)
        {
            RefreshRouting(teacher);
        }

        double ben = _trust[learner, teacher];
        _trust.Set(learner, teacher, ben + (P.TrustGain * (1 - ben)));
    }

    private static void Shuffle(int[] items, Xoshiro256StarStar rng)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>
    /// Arousal follows pressure, load, blame and errors (the protocol damps the error spike);
    /// safety relaxes toward its baseline; sustained arousal pushes mindset toward fixed.
    /// </summary>
    private void UpdateMemberDynamics()
    {
        Forget();
        double pressure = Pressure;
        for (int i = 0; i < _n; i++)
        {
            double errorTerm = _members.Erred[i] ? (P.Protocol ? 1 - P.ProtocolDamping : 1) : 0;
            double drive = P.Arousal0 + (P.ArousalPressure * pressure) + (P.ArousalLoad * _members.Queue[i])
                + (_members.Blamed[i] ? P.ArousalBlamed : 0) + (P.ArousalError * errorTerm);
            _members.Arousal[i] = Clamp01((P.ArousalMemory * _members.Arousal[i]) + ((1 - P.ArousalMemory) * Math.Min(1, drive)));
            _members.Safety[i] = Clamp01(_members.Safety[i] + (P.SafetyRelax * (P.Safety0 - _members.Safety[i])));
            if (_members.Arousal[i] > P.RigidityThreshold)
            {
                _members.Mindset[i] = Clamp01(_members.Mindset[i] - P.RigidityRate);
            }
        }
    }
}
