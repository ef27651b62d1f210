using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Benchmarks;

/// <summary>
/// Runs batches of the team model for the calibration table. Replication r of every setting uses
/// <c>RunSeeds(seed, 0, r)</c>, as <c>teamsim run</c> does, so settings with the same seed are
/// paired (common random numbers). A batch asked for twice (same parameters, seed, horizon and
/// replications) is run once.
/// </summary>
internal sealed class CalibrationRunner
{
    private static readonly TeamModelFactory Factory = new();

    private readonly Dictionary<(ParameterSet Parameters, ulong Seed, int Ticks, int Replications), double[][]> _done = [];

    /// <summary>Model runs made so far.</summary>
    public long Runs { get; private set; }

    /// <summary>Run metrics of each replication, indexed [replication][metric] (<see cref="TeamMetrics.Run"/>).</summary>
    /// <exception cref="InvalidOperationException">A run threw; the message names the setting and replication.</exception>
    public double[][] Run(CalibrationSetting setting, int replications)
    {
        ParameterSet parameters = setting.Parameters();
        var key = (parameters, setting.Seed, setting.Ticks, replications);
        if (_done.TryGetValue(key, out double[][]? cached))
        {
            return cached;
        }

        var rows = new double[replications][];
        try
        {
            Parallel.For(0, replications, () => new ModelWorkspace(), (r, _, workspace) =>
            {
                var model = new TeamModel(parameters, new RunSeeds(setting.Seed, 0, r), new ModelRunOptions(setting.Ticks, null, workspace));
                while (!model.IsFinished && model.Tick < setting.Ticks)
                {
                    model.Step();
                }

                var row = new double[Factory.RunMetrics.Count];
                model.WriteRunMetrics(row);
                rows[r] = row;
                return workspace;
            }, _ => { });
        }
        catch (AggregateException e)
        {
            Exception first = e.Flatten().InnerExceptions[0];
            throw new InvalidOperationException(
                $"a run of {Describe(setting)} failed: {first.GetType().Name}: {first.Message}", first);
        }

        Runs += replications;
        _done[key] = rows;
        return rows;
    }

    /// <summary>One run metric over replications.</summary>
    public static double[] Column(double[][] runs, string metric)
    {
        int m = Index(metric);
        var values = new double[runs.Length];
        for (int r = 0; r < runs.Length; r++)
        {
            values[r] = runs[r][m];
        }

        return values;
    }

    private static int Index(string metric)
    {
        for (int i = 0; i < Factory.RunMetrics.Count; i++)
        {
            if (Factory.RunMetrics[i].Name == metric)
            {
                return i;
            }
        }

        throw new ArgumentException($"the team model has no run metric '{metric}'", nameof(metric));
    }

    private static string Describe(CalibrationSetting s) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"seed {s.Seed}, {s.Ticks} ticks, preset {s.Preset ?? "none"}, parameters {string.Join(", ", s.ScenarioParameters.Concat(s.PolicyParameters).Concat(s.Overrides).Select(v => $"{v.Name}={v.Value}"))}");
}
