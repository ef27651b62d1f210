using System.Runtime.CompilerServices;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.Team;

/// <summary>
/// The team model of MODEL-BRIEF section 3: members with expertise, safety, arousal, mindset,
/// benevolence trust and a who-knows-what directory face escalating incidents routed by a leader.
/// </summary>
/// <remarks>
/// Tick order (fixed; docs/MODEL.md "Process overview"):
/// 1 personnel (absences, turnover); 2 arrivals (exogenous, then surfaced latent errors);
/// 3 pressure and takeover state; 4 routing of waiting incidents (inquiry, keep, assign, voice);
/// 5 work (help, solve, errors, reporting, the leader's response); 6 escalation (severity growth,
/// crises, cascades) and damage; 7 practices (review, rotation); 8 member dynamics (arousal,
/// safety, mindset); 9 metrics. The state is held in named parts: <see cref="MemberState"/>,
/// <see cref="TrustMatrix"/>, <see cref="DirectoryMatrix"/>, <see cref="IncidentPool"/> and
/// <see cref="TeamTally"/>; this class and its partial files hold the behaviour. All state lives
/// in arrays allocated at construction, so a tick allocates nothing (except when the incident pool
/// must grow). Large teams work in groups
/// (team.group_size) and the leader asks a bounded number of members (leader.ask_limit), so a
/// tick costs about O(N log N); see TeamModel.Indexes.cs.
/// </remarks>
public sealed partial class TeamModel : IModel
{
    private const int Leader = 0;

    private readonly int _n;
    private readonly int _k;
    private readonly int _horizon;
    private readonly IEventSink? _events;
    private readonly ArrivalRate _arrivalRate;

    // Random streams, one per purpose.
    private readonly Xoshiro256StarStar _rngArrivals;
    private readonly Xoshiro256StarStar _rngAttributes;
    private readonly Xoshiro256StarStar _rngRouting;
    private readonly Xoshiro256StarStar _rngWork;
    private readonly Xoshiro256StarStar _rngErrors;
    private readonly Xoshiro256StarStar _rngBlame;
    private readonly Xoshiro256StarStar _rngHelp;
    private readonly Xoshiro256StarStar _rngVoice;
    private readonly Xoshiro256StarStar _rngLatent;
    private readonly Xoshiro256StarStar _rngCascade;
    private readonly Xoshiro256StarStar _rngPractices;
    private readonly Xoshiro256StarStar _rngTurnover;

    // The team's parts (index 0 is the leader). The mutable structs are used through these fields, never copied.
    private readonly MemberState _members;    // expertise, rank, safety, arousal, mindset, workload
    private TrustMatrix _trust;               // benevolence Ben[i][j]
    private DirectoryMatrix _directory;       // who-knows-what D[i][j][k] and the leader's confidence
    private readonly double[] _scratch;       // per-member scores (routing, help softmax)

    /// <summary>Creates a run from validated parameters and its seeds.</summary>
    public TeamModel(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options)
        : this(parameters, seeds, options, useIndexes: null)
    {
    }

    /// <summary>
    /// Creates a run; <paramref name="useIndexes"/> forces the large-team indexes on or off
    /// (null: by team size), so tests can check that both ways give the same results.
    /// </summary>
    internal TeamModel(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options, bool? useIndexes)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        ModelWorkspace? workspace = options.Workspace;
        workspace?.BeginRun();
        RunSetup setup = workspace?.PreviousSetup<RunSetup>(parameters, options.Ticks) ?? RunSetup.Create(parameters, options.Ticks);
        workspace?.KeepSetup(parameters, options.Ticks, setup);
        P = setup.Settings;
        _arrivalRate = setup.Arrivals;
        _n = P.Size;
        _k = P.Domains;
        _horizon = options.Ticks;
        _events = options.Events;

        _rngArrivals = workspace.Stream(seeds, (int)StreamPurpose.Arrivals);
        _rngAttributes = workspace.Stream(seeds, (int)StreamPurpose.IncidentAttributes);
        _rngRouting = workspace.Stream(seeds, (int)StreamPurpose.Routing);
        _rngWork = workspace.Stream(seeds, (int)StreamPurpose.Work);
        _rngErrors = workspace.Stream(seeds, (int)StreamPurpose.Errors);
        _rngBlame = workspace.Stream(seeds, (int)StreamPurpose.Blame);
        _rngHelp = workspace.Stream(seeds, (int)StreamPurpose.Help);
        _rngVoice = workspace.Stream(seeds, (int)StreamPurpose.Voice);
        _rngLatent = workspace.Stream(seeds, (int)StreamPurpose.Latent);
        _rngCascade = workspace.Stream(seeds, (int)StreamPurpose.Cascade);
        _rngPractices = workspace.Stream(seeds, (int)StreamPurpose.Practices);
        _rngTurnover = workspace.Stream(seeds, (int)StreamPurpose.Turnover);

        _members = new MemberState(_n, _k, workspace);
        _trust = new TrustMatrix(_n, workspace.Take<double>(_n * _n));
        _directory = new DirectoryMatrix(_n, _k, workspace.Take<double>(_n * _n * _k), workspace.Take<double>(_n * _k));
        _scratch = workspace.Take<double>(_n);
        _order = workspace.Take<int>(_n);
        _asked = workspace.Take<bool>(_n);
        _askedList = workspace.Take<int>(_n);
        _groupCount = P.GroupSize == 0 || P.GroupSize >= _n ? 1 : (_n + P.GroupSize - 1) / P.GroupSize;
        _groupPresent = workspace.Take<int>(_groupCount);
        _groupItems = workspace.Take<int>(_groupPresent.Length);
        _groupReported = workspace.Take<int>(_groupPresent.Length);
        _groupBlamed = workspace.Take<int>(_groupPresent.Length);
        _groupNeeds = workspace.Take<double>(_groupPresent.Length * _k);

        _latentDomain = workspace.Take<int>(64);
        _reviewNeeds = workspace.Take<double>(64 * _k);
        _reviewSolver = workspace.Take<int>(64);
        _reviewGroup = workspace.Take<int>(64);
        _tickMetrics = workspace.Take<double>(TeamMetrics.Tick.Count);
        _incidents = new IncidentPool(64, _k, workspace);
        InitialiseMembers(workspace.Stream(seeds, (int)StreamPurpose.Members), workspace.Take<double>(_n));
        InitialiseDirectory(workspace.Stream(seeds, (int)StreamPurpose.Directory));

        bool indexes = useIndexes ?? _n >= IndexMinSize;
        _routing = CreateRoutingIndex(indexes);
        _fitIndex = indexes ? new FitIndex(_members.Expertise, _members.Absent, _members.Primary, _k) : null;
        for (int i = 0; i < _n; i++)
        {
            RefreshRouting(i);
        }
        _directory.ChooseAccuracySample(workspace.Stream(seeds, (int)StreamPurpose.Sampling));
        _absentIndex = P.AbsenceDuration > 0 ? (P.AbsentMember >= 0 ? P.AbsentMember : TopExpert(P.AbsentTopExpertDomain)) : -1;
    }

    /// <summary>The resolved parameters of this run.</summary>
    internal TeamSettings P { get; }

    /// <inheritdoc />
    public int Tick { get; private set; }

    /// <inheritdoc />
    public bool IsFinished => Tick >= _horizon;

    /// <summary>Team size N.</summary>
    public int Size => _n;

    /// <inheritdoc />
    public void Step()
    {
        if (IsFinished)
        {
            return;
        }

        BeginTick();
        UpdatePersonnel();
        Arrive();
        UpdateTakeover();
        RouteWaitingIncidents();
        Work();
        Escalate();
        HoldPractices();
        UpdateMemberDynamics();
        Tick++;
        RecordTickMetrics();
    }

    /// <summary>What a run derives from its parameters alone (immutable, so runs of a sweep point share it).</summary>
    private sealed record RunSetup(TeamSettings Settings, ArrivalRate Arrivals)
    {
        public static RunSetup Create(ParameterSet parameters, int ticks)
        {
            var settings = new TeamSettings(parameters);
            return new RunSetup(settings, new ArrivalRate(settings, ticks));
        }
    }

    private void BeginTick()
    {
        _tally.BeginTick();
        _members.BeginTick();
    }

    private void InitialiseMembers(Xoshiro256StarStar rng, double[] rawRank)
    {
        var meanExpertise = _scratch;
        for (int i = 0; i < _n; i++)
        {
            // Primary domains are spread evenly, so every domain has specialists.
            _members.Primary[i] = i % _k;
            double sum = 0;
            for (int k = 0; k < _k; k++)
            {
                double e = k == _members.Primary[i]
                    ? MathNet.Numerics.Distributions.Beta.Sample(rng, P.PrimaryAlpha, P.PrimaryBeta)
                    : MathNet.Numerics.Distributions.Beta.Sample(rng, P.OtherAlpha, P.OtherBeta);
                _members.Expertise[(i * _k) + k] = e;
                sum += e;
            }

            meanExpertise[i] = sum / _k;
            _members.Safety[i] = P.Safety0;
            _members.Arousal[i] = P.Arousal0;
            _members.Mindset[i] = P.Mindset0;
            _members.Partner[i] = -1;
        }

        if (P.LeaderExpertise >= 0)
        {
            for (int k = 0; k < _k; k++)
            {
                _members.Expertise[(Leader * _k) + k] = P.LeaderExpertise;
            }

            meanExpertise[Leader] = P.LeaderExpertise;
        }

        Array.Copy(_members.Expertise, _members.ExpertiseFloor, _n * _k);

        // rank = rho z(mean expertise) + sqrt(1 - rho^2) noise: seniority is only weakly knowledge.
        double mean = 0, sq = 0;
        for (int i = 0; i < _n; i++)
        {
            mean += meanExpertise[i];
        }

        mean /= _n;
        for (int i = 0; i < _n; i++)
        {
            sq += (meanExpertise[i] - mean) * (meanExpertise[i] - mean);
        }

        double sd = Math.Sqrt(sq / _n);
        double rho = P.RankExpertiseCorrelation;
        for (int i = 0; i < _n; i++)
        {
            double z = sd > 0 ? (meanExpertise[i] - mean) / sd : 0;
            rawRank[i] = (rho * z) + (Math.Sqrt(1 - (rho * rho)) * rng.NextGaussian());
        }

        // The leader holds the formal authority: she outranks everyone.
        double max = double.MinValue;
        for (int i = 1; i < _n; i++)
        {
            max = Math.Max(max, rawRank[i]);
        }

        rawRank[Leader] = max + 1;
        for (int i = 0; i < _n; i++)
        {
            int below = 0;
            for (int j = 0; j < _n; j++)
            {
                if (rawRank[j] < rawRank[i])
                {
                    below++;
                }
            }

            _members.Rank[i] = _n > 1 ? below / (double)(_n - 1) : 1.0;
        }

        _trust.Fill(P.Benevolence0);
    }

    private void InitialiseDirectory(Xoshiro256StarStar rng)
    {
        for (int i = 0; i < _n; i++)
        {
            for (int j = 0; j < _n; j++)
            {
                SetPriorBeliefs(i, j, rng);
            }
        }
    }

    /// <summary>
    /// i's prior about j: own row exact; otherwise a mix (weight rank_bias) of "seniors know
    /// everything" (j's rank percentile) and uninformative noise around the middle of the scale.
    /// </summary>
    private void SetPriorBeliefs(int i, int j, Xoshiro256StarStar rng)
    {
        Span<double> beliefs = _directory.Row(i, j);
        for (int k = 0; k < _k; k++)
        {
            if (i == j)
            {
                beliefs[k] = _members.Expertise[(j * _k) + k];
                continue;
            }

            if (i == Leader)
            {
                _directory.ForgetConfidence(j, k); // a prior is a guess
            }

            double noise = Clamp01(0.5 + (P.DirectoryNoise * rng.NextGaussian()));
            beliefs[k] = (P.RankBias * _members.Rank[j]) + ((1 - P.RankBias) * noise);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Available(int i) => !_members.Absent[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Expertise(int i, int k) => _members.Expertise[(i * _k) + k];

    // Forced inline, like Xoshiro256StarStar.NextUInt64 and NextDouble: the precompiled
    // (ReadyToRun) code a process runs for its first second called them; inlined, it is 9% faster.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Clamp01(double x) => x < 0 ? 0 : x > 1 ? 1 : x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private void Emit(string kind, int actor, int target, long incident, double value) =>
        _events?.Record(Tick, kind, actor, target, incident, value);
}
