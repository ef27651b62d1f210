using TeamSim.Analysis.Events;
using TeamSim.Analysis.Running;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// One replication of one policy re-run with its team watched: a <see cref="NetworkFrame"/> every
/// few ticks (at most <see cref="DefaultMaxFrames"/>, so memory stays bounded however long the run).
/// The re-run is seeded as <see cref="ExplorerEngine.RunOne"/> seeds it, so it is the same run as
/// in the batch: its <see cref="RunMetrics"/> equal the batch's for that replication.
/// </summary>
public sealed class NetworkRecording
{
    /// <summary>Frames kept by default: enough for a smooth slider, small enough for any run length.</summary>
    public const int DefaultMaxFrames = 60;

    /// <summary>Teams larger than this are not drawn (the picture would be unreadable, and trust is N x N).</summary>
    public const int MaxDrawnMembers = 24;

    /// <summary>Share of the run covered by each frame's help window.</summary>
    public const double HelpWindowShare = 0.1;

    private NetworkRecording(string policyName, int replication, int ticksRun, int helpWindow, IReadOnlyList<NetworkFrame> frames, double[] runMetrics)
    {
        PolicyName = policyName;
        Replication = replication;
        TicksRun = ticksRun;
        HelpWindow = helpWindow;
        Frames = frames;
        RunMetrics = runMetrics;
    }

    /// <summary>Output name of the policy.</summary>
    public string PolicyName { get; }

    /// <summary>The replication that was re-run, 0-based.</summary>
    public int Replication { get; }

    /// <summary>Ticks the run lasted.</summary>
    public int TicksRun { get; }

    /// <summary>Length of the trailing window in which each frame counts help requests, ticks.</summary>
    public int HelpWindow { get; }

    /// <summary>The frames in tick order; empty when the team has more than <see cref="MaxDrawnMembers"/> members.</summary>
    public IReadOnlyList<NetworkFrame> Frames { get; }

    /// <summary>The run's per-run metrics, in runs.csv order (as <see cref="ExplorerSession.RunMetrics"/>).</summary>
    public IReadOnlyList<double> RunMetrics { get; }

    /// <summary>One per-run metric, e.g. <c>total_damage</c>.</summary>
    /// <exception cref="ArgumentException">The team model has no such metric.</exception>
    public double RunMetric(string name)
    {
        int i = ExplorerEngine.Model.RunMetrics.IndexOfName(name);
        return i >= 0 ? RunMetrics[i] : throw new ArgumentException($"the team model has no run metric {name}", nameof(name));
    }

    /// <summary>
    /// The ticks at which frames are taken for a run of <paramref name="ticks"/> ticks: 0 (the team
    /// as it starts), every few ticks, and the last tick; at most <paramref name="maxFrames"/> of them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ticks"/> below 1 or <paramref name="maxFrames"/> below 2.</exception>
    public static IReadOnlyList<int> FrameTicks(int ticks, int maxFrames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrames, 2);

        // A step of ceil(T / (F - 1)) leaves at most F - 2 multiples below T, plus 0 and T.
        int step = FrameStep(ticks, maxFrames);
        var result = new List<int> { 0 };
        for (int t = step; t < ticks; t += step)
        {
            result.Add(t);
        }

        result.Add(ticks);
        return result;
    }

    /// <summary>
    /// Re-runs replication <paramref name="replication"/> of a policy and records its team.
    /// </summary>
    /// <param name="parameters">The policy's complete parameter set.</param>
    /// <param name="seed">Master seed of the comparison.</param>
    /// <param name="replication">Replication index, 0-based.</param>
    /// <param name="ticks">Horizon, ticks.</param>
    /// <param name="policyName">Output name of the policy.</param>
    /// <param name="maxFrames">Most frames to keep, at least 2.</param>
    public static NetworkRecording Record(ParameterSet parameters, ulong seed, int replication, int ticks, string policyName, int maxFrames = DefaultMaxFrames)
    {
        IReadOnlyList<int> frameTicks = FrameTicks(ticks, maxFrames);
        int members = parameters.Int("team.size");
        bool draw = members <= MaxDrawnMembers;
        var log = new EventLog(draw ? members : 0, keepAll: false);
        IModel model = ExplorerEngine.Model.Create(parameters, CommonSeeds.Replication(seed, replication), new ModelRunOptions(ticks, draw ? log : null));
        var team = (ITeamView)model;
        int helpWindow = Math.Max(FrameStep(ticks, maxFrames), (int)Math.Round(ticks * HelpWindowShare));
        int damageColumn = IndexOf(ExplorerEngine.Model.TickMetrics, "cumulative_damage");
        var tickMetrics = new double[ExplorerEngine.Model.TickMetrics.Count];
        var frames = new List<NetworkFrame>(frameTicks.Count);
        int next = 0;
        if (draw)
        {
            frames.Add(Frame(team, log, members, 0, helpWindow, 0));
            next = 1;
        }

        while (!model.IsFinished && model.Tick < ticks)
        {
            model.Step();
            model.WriteTickMetrics(tickMetrics);
            if (draw && next < frameTicks.Count && model.Tick == frameTicks[next])
            {
                frames.Add(Frame(team, log, members, model.Tick, helpWindow, tickMetrics[damageColumn]));
                next++;
            }
        }

        // A run that stopped early by its own rule still gets its last state drawn.
        if (draw && frames[^1].Tick != model.Tick)
        {
            frames.Add(Frame(team, log, members, model.Tick, helpWindow, tickMetrics[damageColumn]));
        }

        var runMetrics = new double[ExplorerEngine.Model.RunMetrics.Count];
        model.WriteRunMetrics(runMetrics);
        return new NetworkRecording(policyName, replication, model.Tick, helpWindow, frames, runMetrics);
    }

    private static int FrameStep(int ticks, int maxFrames) => Math.Max(1, (ticks + maxFrames - 2) / (maxFrames - 1));

    private static NetworkFrame Frame(ITeamView team, EventLog log, int n, int tick, int helpWindow, double damageSoFar)
    {
        var safety = new double[n];
        var trust = new double[n * n];
        var queue = new int[n];
        for (int i = 0; i < n; i++)
        {
            safety[i] = team.SafetyOf(i);
            queue[i] = team.QueueOf(i);
            for (int j = 0; j < n; j++)
            {
                trust[(i * n) + j] = team.BenevolenceOf(i, j);
            }
        }

        int from = Math.Max(1, tick - helpWindow + 1);
        return new NetworkFrame(tick, from, n, safety, trust, log.HelpCounts(from, tick), queue, log.Present.ToArray(), damageSoFar, team.OpenIncidents);
    }

    private static int IndexOf(IReadOnlyList<MetricDefinition> metrics, string name)
    {
        int i = metrics.IndexOfName(name);
        return i >= 0 ? i : throw new InvalidOperationException($"the team model has no metric {name}");
    }
}
