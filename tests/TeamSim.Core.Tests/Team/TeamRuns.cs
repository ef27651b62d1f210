using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

/// <summary>Runs batches of the team model for statistical tests (paired by replication: common random numbers).</summary>
internal static class TeamRuns
{
    public static readonly TeamModelFactory Factory = new();

    public static ParameterSet Params(string? preset, params (string Name, double Value)[] overrides)
    {
        ParameterSet p = Factory.Parameters.Defaults();
        if (preset is not null)
        {
            foreach (var kv in Factory.PolicyPresets[preset])
            {
                p = p.With(kv.Key, kv.Value);
            }
        }

        foreach (var (name, value) in overrides)
        {
            p = p.With(name, value);
        }

        return p;
    }

    public static TeamModel Create(ParameterSet p, int replication = 0, ulong seed = 11, int ticks = 500, IEventSink? events = null) =>
        new(p, new RunSeeds(seed, 0, replication), new ModelRunOptions(ticks, events));

    /// <summary>Steps a run to its end; every tick's metrics in order, then its run metrics when asked.</summary>
    public static List<double> MetricStream(TeamModel model, bool withRunMetrics = false)
    {
        var all = new List<double>();
        var tick = new double[TeamMetrics.Tick.Count];
        while (!model.IsFinished)
        {
            model.Step();
            model.WriteTickMetrics(tick);
            all.AddRange(tick);
        }

        if (withRunMetrics)
        {
            var run = new double[TeamMetrics.Run.Count];
            model.WriteRunMetrics(run);
            all.AddRange(run);
        }

        return all;
    }

    /// <summary>Per-run metrics of <paramref name="replications"/> runs, indexed [replication][metric].</summary>
    public static double[][] RunMany(ParameterSet p, int replications, int ticks = 500, ulong seed = 11)
    {
        var rows = new double[replications][];
        Parallel.For(0, replications, r =>
        {
            var model = Create(p, r, seed, ticks);
            while (!model.IsFinished)
            {
                model.Step();
            }

            var row = new double[Factory.RunMetrics.Count];
            model.WriteRunMetrics(row);
            rows[r] = row;
        });
        return rows;
    }

    public static int Index(string metric)
    {
        for (int i = 0; i < Factory.RunMetrics.Count; i++)
        {
            if (Factory.RunMetrics[i].Name == metric)
            {
                return i;
            }
        }

        throw new ArgumentException($"no run metric {metric}");
    }

    public static double Mean(double[][] runs, string metric)
    {
        int m = Index(metric);
        return runs.Select(r => r[m]).Where(v => !double.IsNaN(v)).Mean();
    }

    /// <summary>Paired difference of differences (a - b) - (c - d) of a metric over replications, with a 95% t interval (baseline: b).</summary>
    public static PairedDifference DifferenceInDifferences(double[][] a, double[][] b, double[][] c, double[][] d, string metric)
    {
        int m = Index(metric);
        int n = new[] { a.Length, b.Length, c.Length, d.Length }.Min();
        var diff = Enumerable.Range(0, n).Select(r => (a[r][m] - b[r][m]) - (c[r][m] - d[r][m])).ToList();
        double mean = diff.Mean();
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * diff.StandardDeviation() / Math.Sqrt(n);
        return new PairedDifference(mean, mean - half, mean + half, b.Take(n).Select(r => r[m]).Mean());
    }

    /// <summary>
    /// Share of paired replications in which a's metric is lower than b's (ties half), with its 95%
    /// Wilson score interval: the heavy-tail-robust reading of "a does less damage than b".
    /// </summary>
    public static (double Share, double Low, double High) ShareLower(double[][] a, double[][] b, string metric)
    {
        int m = Index(metric);
        int n = Math.Min(a.Length, b.Length);
        double wins = 0;
        for (int r = 0; r < n; r++)
        {
            wins += a[r][m] < b[r][m] ? 1 : a[r][m] == b[r][m] ? 0.5 : 0;
        }

        double p = wins / n, z = Normal.InvCDF(0, 1, 0.975), z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / (1 + (z2 / n));
        return (p, centre - half, centre + half);
    }

    /// <summary>Paired difference a - b of a metric over replications, with a 95% t interval.</summary>
    public static PairedDifference Paired(double[][] a, double[][] b, string metric)
    {
        int m = Index(metric);
        var d = new List<double>();
        var baseline = new List<double>();
        for (int r = 0; r < Math.Min(a.Length, b.Length); r++)
        {
            if (!double.IsNaN(a[r][m]) && !double.IsNaN(b[r][m]))
            {
                d.Add(a[r][m] - b[r][m]);
                baseline.Add(b[r][m]);
            }
        }

        double mean = d.Mean();
        double half = StudentT.InvCDF(0, 1, d.Count - 1, 0.975) * d.StandardDeviation() / Math.Sqrt(d.Count);
        return new PairedDifference(mean, mean - half, mean + half, baseline.Mean());
    }
}

/// <summary>A paired mean difference with its 95% CI and the baseline mean it is relative to.</summary>
internal sealed record PairedDifference(double Mean, double Low, double High, double BaselineMean)
{
    public bool ExcludesZero => Low > 0 || High < 0;

    public double RelativeLow => Low / BaselineMean;

    public double RelativeHigh => High / BaselineMean;

    public override string ToString() =>
        FormattableString.Invariant($"{Mean:F2} [{Low:F2}, {High:F2}] vs baseline {BaselineMean:F2} ({100 * Mean / BaselineMean:F1}%)");
}
