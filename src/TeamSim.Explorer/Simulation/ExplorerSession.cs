using System.Text;
using MathNet.Numerics.Statistics;
using TeamSim.Analysis.Csv;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// One comparison of policy A against policy B, run one paired replication at a time so the page
/// can draw, yield and be cancelled between replications. The setup is copied at construction;
/// later edits of the form do not change a session that is running.
/// </summary>
public sealed class ExplorerSession
{
    private readonly int _tickColumns;
    private readonly int[] _seriesColumns;
    private readonly bool[] _cumulative;
    private readonly MetricBounds[] _bounds;
    private readonly RunningStatistics[,,] _stats;
    private readonly List<double[]>[] _runMetrics = [[], []];
    private readonly List<int>[] _ticksRun = [[], []];
    private readonly double[] _series;
    private readonly double[] _cumulativeSums;

    /// <summary>Prepares a comparison of the setup's two policies.</summary>
    public ExplorerSession(ExplorerSetup setup)
    {
        Ticks = setup.Ticks;
        Replications = setup.Replications;
        Seed = setup.Seed;
        (string a, string b) = setup.PolicyNames;
        PolicyNames = [a, b];
        Parameters = [setup.ParametersFor(setup.A), setup.ParametersFor(setup.B)];

        IReadOnlyList<MetricDefinition> tick = ExplorerEngine.Model.TickMetrics;
        _tickColumns = tick.Count;
        ChartMetric[] metrics = Enum.GetValues<ChartMetric>();
        _seriesColumns = new int[metrics.Length];
        _cumulative = new bool[metrics.Length];
        _bounds = new MetricBounds[metrics.Length];
        foreach (ChartMetric m in metrics)
        {
            (string column, bool cumulative) = m switch
            {
                ChartMetric.CumulativeDamage => ("cumulative_damage", false),
                ChartMetric.OpenIncidents => ("open_incidents", false),
                ChartMetric.PsychSafety => ("psych_safety", false),
                ChartMetric.ErrorsMade => ("errors_made", true),
                ChartMetric.ErrorsReported => ("errors_reported", true),
                _ => ("team_knowledge", false),
            };
            _seriesColumns[(int)m] = IndexOf(tick, column);
            _cumulative[(int)m] = cumulative;

            // A running sum of a metric that is never negative is never negative either; any upper bound is lost.
            MetricBounds bounds = tick[_seriesColumns[(int)m]].Bounds;
            _bounds[(int)m] = !cumulative ? bounds : bounds.Lower >= 0 ? MetricBounds.NonNegative : MetricBounds.Unbounded;
        }

        _stats = new RunningStatistics[2, metrics.Length, Ticks];
        for (int p = 0; p < 2; p++)
        {
            for (int m = 0; m < metrics.Length; m++)
            {
                for (int t = 0; t < Ticks; t++)
                {
                    _stats[p, m, t] = new RunningStatistics();
                }
            }
        }

        _series = new double[Ticks * _tickColumns];
        _cumulativeSums = new double[metrics.Length];
    }

    /// <summary>Ticks per run.</summary>
    public int Ticks { get; }

    /// <summary>Replications planned per policy.</summary>
    public int Replications { get; }

    /// <summary>Master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Output names of policy A (index 0) and B (index 1).</summary>
    public IReadOnlyList<string> PolicyNames { get; }

    /// <summary>The complete parameter sets of A and B.</summary>
    public IReadOnlyList<ParameterSet> Parameters { get; }

    /// <summary>Paired replications completed (each ran A and B).</summary>
    public int Completed { get; private set; }

    /// <summary>True when every planned replication has run.</summary>
    public bool IsComplete => Completed >= Replications;

    /// <summary>Runs the next replication of both policies on the same random numbers.</summary>
    /// <exception cref="InvalidOperationException">Every replication has already run.</exception>
    public void RunNext()
    {
        if (IsComplete)
        {
            throw new InvalidOperationException("every replication has run");
        }

        for (int p = 0; p < 2; p++)
        {
            var metrics = new double[ExplorerEngine.Model.RunMetrics.Count];
            int ran = ExplorerEngine.RunOne(Parameters[p], Seed, Completed, Ticks, _series, metrics);
            _runMetrics[p].Add(metrics);
            _ticksRun[p].Add(ran);
            Array.Clear(_cumulativeSums);
            for (int t = 0; t < ran; t++)
            {
                for (int m = 0; m < _seriesColumns.Length; m++)
                {
                    double v = _series[(t * _tickColumns) + _seriesColumns[m]];
                    if (_cumulative[m])
                    {
                        _cumulativeSums[m] += v;
                        v = _cumulativeSums[m];
                    }

                    _stats[p, m, t].Push(v);
                }
            }
        }

        Completed++;
    }

    /// <summary>The per-run metrics of policy <paramref name="policy"/> (0 = A, 1 = B), one array per completed replication.</summary>
    public IReadOnlyList<double[]> RunMetrics(int policy) => _runMetrics[policy];

    /// <summary>Ticks actually run by each completed replication of a policy.</summary>
    public IReadOnlyList<int> TicksRun(int policy) => _ticksRun[policy];

    /// <summary>One per-run metric of a policy over the completed replications.</summary>
    public IReadOnlyList<double> RunMetric(int policy, string metric)
    {
        int column = IndexOf(ExplorerEngine.Model.RunMetrics, metric);
        return _runMetrics[policy].Select(r => r[column]).ToArray();
    }

    /// <summary>The paired difference B - A of a per-run metric (e.g. <c>total_damage</c>), as in the CLI's comparison.csv.</summary>
    public PairedContrast Difference(string metric) => PairedContrast.Of(RunMetric(0, metric), RunMetric(1, metric));

    /// <summary>
    /// The replication to show as a typical team: its paired damage difference (B - A) is nearest the
    /// median paired difference (<see cref="RepresentativeReplication.Choose"/>); -1 before any run.
    /// </summary>
    public int TypicalReplication() => RepresentativeReplication.Choose(RunMetric(0, "total_damage"), RunMetric(1, "total_damage"));

    /// <summary>Re-runs one replication of policy <paramref name="policy"/> (0 = A, 1 = B) with its team watched, for the network picture.</summary>
    public NetworkRecording RecordNetwork(int policy, int replication) =>
        NetworkRecording.Record(Parameters[policy], Seed, replication, Ticks, PolicyNames[policy]);

    /// <summary>
    /// The completed replications as runs.csv (<see cref="RunsTable"/>), A's runs first, then B's: the
    /// file <c>teamsim run</c> writes for the same setup, byte for byte.
    /// </summary>
    public string RunsCsv()
    {
        var table = new RunsTable(Parameters, ExplorerEngine.Model.RunMetrics);
        var csv = new StringBuilder();
        CsvCells.AppendRow(csv, table.Header);
        int run = 0;
        for (int p = 0; p < 2; p++)
        {
            for (int r = 0; r < _runMetrics[p].Count; r++)
            {
                CsvCells.AppendRow(csv, table.Row(run++, PolicyNames[p], Parameters[p], r, Seed, _ticksRun[p][r], _runMetrics[p][r]));
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// Mean and 95% band of a time series of one policy over the completed replications; the band is the
    /// interval the CSV files use (<see cref="BoundedInterval"/>), inside the metric's range.
    /// </summary>
    public ChartSeries Series(int policy, ChartMetric metric)
    {
        var mean = new double[Ticks];
        var low = new double[Ticks];
        var high = new double[Ticks];
        for (int t = 0; t < Ticks; t++)
        {
            RunningStatistics s = _stats[policy, (int)metric, t];
            long n = s.Count;
            mean[t] = n > 0 ? s.Mean : double.NaN;
            (double lo, double hi) = BoundedInterval.Mean95(mean[t], s.StandardDeviation, n, _bounds[(int)metric]);
            low[t] = double.IsFinite(lo) ? lo : mean[t];
            high[t] = double.IsFinite(hi) ? hi : mean[t];
        }

        return new ChartSeries(mean, low, high);
    }

    private static int IndexOf(IReadOnlyList<MetricDefinition> metrics, string name)
    {
        int i = metrics.IndexOfName(name);
        return i >= 0 ? i : throw new InvalidOperationException($"the team model has no metric {name}");
    }
}
