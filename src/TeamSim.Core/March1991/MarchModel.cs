using System.Numerics;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.March1991;

/// <summary>
/// March's (1991) model of mutual learning between an organisational code and its members; one
/// tick is one period. Closed systems (p3 = p4 = 0) run until the stopping rule holds; open
/// systems run a fixed horizon.
/// </summary>
/// <remarks>
/// <para>Operational rules of Christensen (2015), as in MODEL-BRIEF section 4: a period is
/// (0) turnover and turbulence (open systems only), (1) act: a member's action is its belief, or
/// a fair coin where it believes 0; performance = sum of action x reality, (2) socialise: where
/// the code is non-zero, each belief moves one step toward it with probability p1, (3) the code
/// learns: the superior group is the members whose performance beats the code's score; where
/// their actions have a strict majority for a value other than the code's, with margin k, the
/// code takes that value with probability 1 - (1 - p2)^k.</para>
/// <para>Beliefs are two bit masks per member (bit d of <c>known</c> = belief non-zero, bit d
/// of <c>plus</c> = belief +1), so m is at most 64 and a period allocates nothing.</para>
/// <para>The runner's <see cref="ModelRunOptions.Ticks"/>, when positive, bounds the run like
/// <c>max_periods</c>; a closed system stopped by either reports <c>hit_cap</c> = 1.</para>
/// </remarks>
public sealed class MarchModel : IModel
{
    private readonly int _m;
    private readonly int _n;
    private readonly ulong _allDimensions;
    private readonly double _p1;
    private readonly double _p3;
    private readonly double _p4;
    private readonly bool _beliefJump;
    private readonly bool _superiorByBeliefs;
    private readonly bool _open;
    private readonly int _naturalEnd;
    private readonly int _cap;

    /// <summary>Chance the code adopts a majority of margin k, 1 - (1 - p2)^k, indexed by k = 0..n.</summary>
    private readonly double[] _adoptProbability;

    private readonly Xoshiro256StarStar _actionRandom;
    private readonly Xoshiro256StarStar _socialisationRandom;
    private readonly Xoshiro256StarStar _codeRandom;
    private readonly Xoshiro256StarStar _turnoverRandom;
    private readonly Xoshiro256StarStar _turbulenceRandom;

    // Beliefs, actions and performance of member i live at index i.
    private readonly ulong[] _known;
    private readonly ulong[] _plus;
    private readonly ulong[] _actionPlus;
    private readonly int[] _performance;

    // Superior-group votes per dimension, recounted each period.
    private readonly int[] _votesPlus;
    private readonly int[] _votesMinus;

    private ulong _realityPlus;
    private ulong _codeKnown;
    private ulong _codePlus;

    private int _superiorCount;
    private int _codeChanges;
    private long _performanceSum;
    private double _codeKnowledgeSum;
    private bool _finished;
    private bool _equilibrium;
    private bool _hitCap;

    /// <summary>Creates a run: draws reality and the members' beliefs; the code starts all 0.</summary>
    /// <param name="parameters">A set from <see cref="MarchParameters.Registry"/>.</param>
    /// <param name="seeds">Seed coordinates; each purpose (<see cref="MarchStreams"/>) gets its own stream.</param>
    /// <param name="options">A positive <see cref="ModelRunOptions.Ticks"/> bounds the run; 0 leaves it to the model.</param>
    /// <exception cref="ArgumentException">The parameter set belongs to another model.</exception>
    public MarchModel(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options)
    {
        if (!ReferenceEquals(parameters.Registry, MarchParameters.Registry))
        {
            throw new ArgumentException("parameters must come from MarchParameters.Registry", nameof(parameters));
        }

        _m = parameters.Int(MarchParameters.Dimensions);
        _n = parameters.Int(MarchParameters.Members);
        _allDimensions = _m == 64 ? ulong.MaxValue : (1UL << _m) - 1;
        _p1 = parameters[MarchParameters.Socialisation];
        double p2 = parameters[MarchParameters.CodeLearning];
        _p3 = parameters[MarchParameters.Turnover];
        _p4 = parameters[MarchParameters.Turbulence];
        _beliefJump = parameters.Bool(MarchParameters.BeliefJump);
        _superiorByBeliefs = parameters.Bool(MarchParameters.SuperiorByBeliefs);
        _open = _p3 > 0 || _p4 > 0;
        _naturalEnd = _open ? parameters.Int(MarchParameters.Horizon) : int.MaxValue;
        _cap = parameters.Int(MarchParameters.MaxPeriods);
        if (options.Ticks > 0)
        {
            _naturalEnd = Math.Min(_naturalEnd, _open ? options.Ticks : int.MaxValue);
            _cap = Math.Min(_cap, options.Ticks);
        }

        _adoptProbability = new double[_n + 1];
        for (int k = 0; k <= _n; k++)
        {
            _adoptProbability[k] = 1.0 - Math.Pow(1.0 - p2, k);
        }

        _actionRandom = seeds.Stream(MarchStreams.Actions);
        _socialisationRandom = seeds.Stream(MarchStreams.Socialisation);
        _codeRandom = seeds.Stream(MarchStreams.CodeLearning);
        _turnoverRandom = seeds.Stream(MarchStreams.Turnover);
        _turbulenceRandom = seeds.Stream(MarchStreams.Turbulence);

        _known = new ulong[_n];
        _plus = new ulong[_n];
        _actionPlus = new ulong[_n];
        _performance = new int[_n];
        _votesPlus = new int[_m];
        _votesMinus = new int[_m];

        // Each reality bit is a fair coin: +1 or -1 with equal chance.
        _realityPlus = seeds.Stream(MarchStreams.Reality).NextUInt64() & _allDimensions;
        Xoshiro256StarStar beliefRandom = seeds.Stream(MarchStreams.Beliefs);
        for (int i = 0; i < _n; i++)
        {
            DrawFreshBeliefs(i, beliefRandom);
        }
    }

    /// <inheritdoc />
    public int Tick { get; private set; }

    /// <inheritdoc />
    public bool IsFinished => _finished;

    /// <summary>True for an open system (turnover p3 or turbulence p4 above 0), which runs a fixed horizon.</summary>
    public bool IsOpenSystem => _open;

    /// <summary>Knowledge of the code: sum of code x reality / m, in [-1, 1].</summary>
    public double CodeKnowledge => (double)Score(_codeKnown, _codePlus) / _m;

    /// <summary>Members who beat the code's score in the last period.</summary>
    internal int SuperiorCount => _superiorCount;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The run has already finished.</exception>
    public void Step()
    {
        if (_finished)
        {
            throw new InvalidOperationException("the March run has finished; check IsFinished before Step");
        }

        if (_open)
        {
            ReplaceMembers();
            ShiftReality();
        }

        Act();
        Socialise();
        LearnCode();
        Tick++;
        _codeKnowledgeSum += CodeKnowledge;

        if (!_open && IsAtEquilibrium())
        {
            _finished = true;
            _equilibrium = true;
        }
        else if (Tick >= _naturalEnd)
        {
            _finished = true;
        }
        else if (Tick >= _cap)
        {
            _finished = true;
            _hitCap = true;
        }
    }

    /// <inheritdoc />
    public void WriteTickMetrics(Span<double> destination)
    {
        destination[0] = CodeKnowledge;
        destination[1] = MeanMemberKnowledge();
        destination[2] = (double)_performanceSum / ((double)_n * _m);
        destination[3] = _superiorCount;
        destination[4] = _codeChanges;
        destination[5] = (double)BitOperations.PopCount(_codeKnown) / _m;
        destination[6] = Conformity();
        destination[7] = BeliefDiversity();
    }

    /// <inheritdoc />
    public void WriteRunMetrics(Span<double> destination)
    {
        destination[MarchMetrics.EquilibriumKnowledgeIndex] = CodeKnowledge;
        destination[MarchMetrics.PeriodsIndex] = Tick;
        destination[MarchMetrics.HitCapIndex] = _hitCap ? 1 : 0;
        destination[3] = _equilibrium ? 1 : 0;
        destination[4] = MeanMemberKnowledge();
        destination[5] = Tick == 0 ? double.NaN : _codeKnowledgeSum / Tick;
        destination[6] = BeliefDiversity();
    }

    /// <summary>Step 0a: each member is replaced with probability p3 by a newcomer with fresh random beliefs.</summary>
    internal void ReplaceMembers()
    {
        for (int i = 0; i < _n; i++)
        {
            if (_turnoverRandom.NextDouble() < _p3)
            {
                DrawFreshBeliefs(i, _turnoverRandom);
            }
        }
    }

    /// <summary>Step 0b: each dimension of reality flips sign with probability p4.</summary>
    internal void ShiftReality()
    {
        for (int d = 0; d < _m; d++)
        {
            if (_turbulenceRandom.NextDouble() < _p4)
            {
                _realityPlus ^= 1UL << d;
            }
        }
    }

    /// <summary>Step 1: each member acts on its beliefs, tossing a fair coin where it believes 0, and scores against reality.</summary>
    internal void Act()
    {
        _performanceSum = 0;
        for (int i = 0; i < _n; i++)
        {
            ulong coins = _actionRandom.NextUInt64();
            ulong action = _plus[i] | (coins & ~_known[i] & _allDimensions);
            _actionPlus[i] = action;
            _performance[i] = Score(_allDimensions, action);
            _performanceSum += _performance[i];
        }
    }

    /// <summary>
    /// Step 2: where the code is non-zero and a belief differs from it, the belief moves toward the
    /// code with probability p1: one step (-1 to 0 to +1) by default, straight to the code's value
    /// under <c>variant.belief_jump</c>.
    /// </summary>
    internal void Socialise()
    {
        for (int i = 0; i < _n; i++)
        {
            ulong differing = _codeKnown & (~_known[i] | (_plus[i] ^ _codePlus));
            ulong moved = 0;
            while (differing != 0)
            {
                ulong dimension = differing & (~differing + 1);
                differing ^= dimension;
                if (_socialisationRandom.NextDouble() < _p1)
                {
                    moved |= dimension;
                }
            }

            if (moved == 0)
            {
                continue;
            }

            if (_beliefJump)
            {
                _known[i] |= moved;
                _plus[i] = (_plus[i] & ~moved) | (_codePlus & moved);
            }
            else
            {
                // A 0 belief takes the code's value; an opposite belief only reaches 0 this period.
                ulong fromZero = moved & ~_known[i];
                ulong fromOpposite = moved & _known[i];
                _known[i] = (_known[i] | fromZero) & ~fromOpposite;
                _plus[i] = (_plus[i] & ~moved) | (_codePlus & fromZero);
            }
        }
    }

    /// <summary>Step 3: the code learns from the superior group's majority, margin k, with probability 1 - (1 - p2)^k.</summary>
    internal void LearnCode()
    {
        CountSuperiorVotes();
        AdoptMajorities();
    }

    /// <summary>
    /// Finds the superior group (performance above the code's score, or belief score under
    /// <c>variant.superior_by_beliefs</c>) and counts its +1 and -1 votes on each dimension.
    /// </summary>
    internal void CountSuperiorVotes()
    {
        int codeScore = Score(_codeKnown, _codePlus);
        Array.Clear(_votesPlus);
        Array.Clear(_votesMinus);
        _superiorCount = 0;
        for (int i = 0; i < _n; i++)
        {
            // Actions are never 0, so by default every superior member votes on every dimension;
            // by beliefs, a 0 belief casts no vote.
            ulong voting = _superiorByBeliefs ? _known[i] : _allDimensions;
            ulong votesPlus = _superiorByBeliefs ? _plus[i] : _actionPlus[i];
            int merit = _superiorByBeliefs ? Score(_known[i], _plus[i]) : _performance[i];
            if (merit <= codeScore)
            {
                continue;
            }

            _superiorCount++;
            AddVotes(_votesPlus, voting & votesPlus);
            AddVotes(_votesMinus, voting & ~votesPlus);
        }
    }

    /// <summary>Applies the counted votes: a strict majority for a value other than the code's may replace it; a tie changes nothing.</summary>
    internal void AdoptMajorities()
    {
        _codeChanges = 0;
        for (int d = 0; d < _m; d++)
        {
            int margin = _votesPlus[d] - _votesMinus[d];
            if (margin == 0)
            {
                continue;
            }

            ulong dimension = 1UL << d;
            bool majorityPlus = margin > 0;
            bool codeAgrees = (_codeKnown & dimension) != 0 && ((_codePlus & dimension) != 0) == majorityPlus;
            if (codeAgrees)
            {
                continue;
            }

            if (_codeRandom.NextDouble() < _adoptProbability[Math.Abs(margin)])
            {
                _codeKnown |= dimension;
                _codePlus = majorityPlus ? _codePlus | dimension : _codePlus & ~dimension;
                _codeChanges++;
            }
        }
    }

    /// <summary>
    /// The closed-system stopping rule: every member's beliefs equal the code and no member's best
    /// possible score (belief score plus its 0 beliefs, which a coin could get right) beats the
    /// code's score. Under <c>variant.superior_by_beliefs</c> coins do not count, so the best
    /// score is the belief score.
    /// </summary>
    internal bool IsAtEquilibrium()
    {
        int codeScore = Score(_codeKnown, _codePlus);
        for (int i = 0; i < _n; i++)
        {
            if (_known[i] != _codeKnown || _plus[i] != _codePlus)
            {
                return false;
            }

            int unknown = _superiorByBeliefs ? 0 : _m - BitOperations.PopCount(_known[i]);
            if (Score(_known[i], _plus[i]) + unknown > codeScore)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets reality from values +1/-1 (hand-made states in tests).</summary>
    internal void SetReality(ReadOnlySpan<int> values)
    {
        (ulong known, _realityPlus) = ToMasks(values);
        if (known != _allDimensions)
        {
            throw new ArgumentException("reality must be +1 or -1 on every dimension", nameof(values));
        }
    }

    /// <summary>Sets the code from values -1/0/+1 (hand-made states in tests).</summary>
    internal void SetCode(ReadOnlySpan<int> values) => (_codeKnown, _codePlus) = ToMasks(values);

    /// <summary>Sets a member's beliefs from values -1/0/+1 (hand-made states in tests).</summary>
    internal void SetBeliefs(int member, ReadOnlySpan<int> values) => (_known[member], _plus[member]) = ToMasks(values);

    /// <summary>Sets a member's actions (+1/-1) and scores them, as step 1 would (hand-made states in tests).</summary>
    internal void SetActions(int member, ReadOnlySpan<int> values)
    {
        (ulong known, ulong plus) = ToMasks(values);
        if (known != _allDimensions)
        {
            throw new ArgumentException("actions must be +1 or -1 on every dimension", nameof(values));
        }

        _actionPlus[member] = plus;
        _performance[member] = Score(_allDimensions, plus);
    }

    /// <summary>A member's belief on a dimension: -1, 0 or +1.</summary>
    internal int Belief(int member, int dimension) => Value(_known[member], _plus[member], dimension);

    /// <summary>The code on a dimension: -1, 0 or +1.</summary>
    internal int Code(int dimension) => Value(_codeKnown, _codePlus, dimension);

    /// <summary>A member's last action on a dimension: -1 or +1.</summary>
    internal int Action(int member, int dimension) => Value(_allDimensions, _actionPlus[member], dimension);

    /// <summary>A member's last performance: sum of action x reality.</summary>
    internal int Performance(int member) => _performance[member];

    /// <summary>The superior group's +1 votes minus its -1 votes on a dimension, from the last count.</summary>
    internal int VoteMargin(int dimension) => _votesPlus[dimension] - _votesMinus[dimension];

    private static int Value(ulong known, ulong plus, int dimension)
    {
        ulong bit = 1UL << dimension;
        return (known & bit) == 0 ? 0 : (plus & bit) != 0 ? 1 : -1;
    }

    private static void AddVotes(int[] counts, ulong dimensions)
    {
        while (dimensions != 0)
        {
            counts[BitOperations.TrailingZeroCount(dimensions)]++;
            dimensions &= dimensions - 1;
        }
    }

    private (ulong Known, ulong Plus) ToMasks(ReadOnlySpan<int> values)
    {
        if (values.Length != _m)
        {
            throw new ArgumentException($"expected {_m} values, got {values.Length}", nameof(values));
        }

        ulong known = 0;
        ulong plus = 0;
        for (int d = 0; d < _m; d++)
        {
            if (values[d] is < -1 or > 1)
            {
                throw new ArgumentException($"value {values[d]} at dimension {d} is not -1, 0 or +1", nameof(values));
            }

            if (values[d] != 0)
            {
                known |= 1UL << d;
            }

            if (values[d] == 1)
            {
                plus |= 1UL << d;
            }
        }

        return (known, plus);
    }

    /// <summary>Sum of value x reality over the non-zero dimensions: agreements minus disagreements.</summary>
    private int Score(ulong known, ulong plus) =>
        BitOperations.PopCount(known) - (2 * BitOperations.PopCount(known & (plus ^ _realityPlus)));

    private void DrawFreshBeliefs(int member, Xoshiro256StarStar random)
    {
        // Uniform on {-1, 0, +1} per dimension.
        ulong known = 0;
        ulong plus = 0;
        for (int d = 0; d < _m; d++)
        {
            int value = random.Next(3) - 1;
            if (value != 0)
            {
                known |= 1UL << d;
            }

            if (value == 1)
            {
                plus |= 1UL << d;
            }
        }

        _known[member] = known;
        _plus[member] = plus;
    }

    private double MeanMemberKnowledge()
    {
        long sum = 0;
        for (int i = 0; i < _n; i++)
        {
            sum += Score(_known[i], _plus[i]);
        }

        return (double)sum / ((double)_n * _m);
    }

    private double Conformity()
    {
        int same = 0;
        for (int i = 0; i < _n; i++)
        {
            if (_known[i] == _codeKnown && _plus[i] == _codePlus)
            {
                same++;
            }
        }

        return (double)same / _n;
    }

    /// <summary>Chance two distinct members differ on a dimension (Gini-Simpson over -1/0/+1), averaged over dimensions.</summary>
    private double BeliefDiversity()
    {
        if (_n < 2)
        {
            return 0;
        }

        Span<int> plusCount = stackalloc int[64];
        Span<int> minusCount = stackalloc int[64];
        for (int i = 0; i < _n; i++)
        {
            for (ulong bits = _known[i] & _plus[i]; bits != 0; bits &= bits - 1)
            {
                plusCount[BitOperations.TrailingZeroCount(bits)]++;
            }

            for (ulong bits = _known[i] & ~_plus[i]; bits != 0; bits &= bits - 1)
            {
                minusCount[BitOperations.TrailingZeroCount(bits)]++;
            }
        }

        double pairs = (double)_n * (_n - 1);
        double diversity = 0;
        for (int d = 0; d < _m; d++)
        {
            double plus = plusCount[d];
            double minus = minusCount[d];
            double zero = _n - plus - minus;
            double samePairs = (plus * (plus - 1)) + (minus * (minus - 1)) + (zero * (zero - 1));
            diversity += 1 - (samePairs / pairs);
        }

        return diversity / _m;
    }
}
