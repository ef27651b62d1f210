using TeamSim.Analysis.Events;
using TeamSim.Analysis.Running;
using TeamSim.Analysis.Statistics;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments;

namespace TeamSim.Output.Report;

/// <summary>
/// Re-runs a representative replication of a policy with an event sink attached, and reads the
/// team's trust before and after. Replication r uses <see cref="CommonSeeds"/> like the original
/// run, so the re-run is the same run; with two or more policies every policy re-runs the same
/// replication (<see cref="PairedReplication"/>), so the pictures show one team under each leader.
/// </summary>
public static class RepresentativeRunner
{
    /// <summary>Teams larger than this are not drawn as a network (the picture would be unreadable).</summary>
    public const int MaxDrawnMembers = 24;

    /// <summary>Share of the run in the "early" and "late" windows.</summary>
    public const double WindowShare = 0.2;

    /// <summary>The replication whose value of <paramref name="values"/> is the median (the lower middle for an even count), or -1 if none is defined.</summary>
    public static int MedianReplication(IReadOnlyList<double> values) => RepresentativeReplication.Median(values);

    /// <summary>
    /// The replication whose paired difference (second policy minus first) in
    /// <paramref name="metric"/> is nearest the median paired difference (ties: the lower
    /// replication), so one team shows a typical gap between the leaders; with one policy, or
    /// without paired values, the first policy's median replication; -1 if none is defined
    /// (<see cref="RepresentativeReplication"/>, which the explorer uses too).
    /// </summary>
    public static int PairedReplication(ReportData data, string metric)
    {
        if (data.RunValues.Count == 0 || !data.RunValues[0].TryGetValue(metric, out double[]? first))
        {
            return -1;
        }

        if (data.RunValues.Count < 2 || !data.RunValues[1].TryGetValue(metric, out double[]? second) || second.Length != first.Length)
        {
            return RepresentativeReplication.Median(first);
        }

        return RepresentativeReplication.Choose(first, second);
    }

    /// <summary>Re-runs a representative replication of policy <paramref name="policy"/>; null when the model or the data do not allow it.</summary>
    /// <param name="data">The results folder.</param>
    /// <param name="models">Models this TeamSim knows.</param>
    /// <param name="policy">Policy index.</param>
    /// <param name="metric">The headline metric.</param>
    /// <param name="replication">The replication to re-run; by default the policy's median replication of <paramref name="metric"/>.</param>
    /// <exception cref="InputException">The manifest's parameters are not valid for the model.</exception>
    public static RepresentativeRun? Run(ReportData data, ModelCatalog models, int policy, string metric, int? replication = null)
    {
        if (!models.TryGet(data.Model, out IModelFactory factory)
            || !data.RunValues[policy].TryGetValue(metric, out double[]? values))
        {
            return null;
        }

        int chosen = replication ?? MedianReplication(values);
        int runMetric = factory.RunMetrics.IndexOfName(metric);
        if (chosen < 0 || chosen >= values.Length || runMetric < 0)
        {
            return null;
        }

        ParameterSet parameters = Parameters(factory.Parameters, data.Policies[policy], data.Folder);
        int members = factory is ITeamModelFactory teams ? teams.MembersOf(parameters) : 0;
        bool draw = members > 0 && members <= MaxDrawnMembers;
        var recorder = new EventLog(draw ? members : 0, keepAll: true);
        IModel model = factory.Create(parameters, CommonSeeds.Replication(data.Seed, chosen), new ModelRunOptions(data.Ticks, recorder));
        ITeamView? team = draw ? model as ITeamView : null;
        draw = team is not null;
        int window = Math.Max(1, (int)Math.Round(data.Ticks * WindowShare));
        TeamSnapshot? early = null;
        while (!model.IsFinished && model.Tick < data.Ticks)
        {
            model.Step();
            if (draw && model.Tick == window)
            {
                early = Snapshot(team!, recorder, 1, window);
            }
        }

        TeamSnapshot? late = null;
        if (draw)
        {
            int end = model.Tick;
            late = Snapshot(team!, recorder, Math.Max(1, end - window + 1), end);
            early ??= late;
        }

        var metrics = new double[factory.RunMetrics.Count];
        model.WriteRunMetrics(metrics);
        return new RepresentativeRun(data.Policies[policy].Name, chosen, metric, values[chosen], metrics[runMetric], model.Tick, early, late, recorder.Events);
    }

    /// <summary>The parameter set of a policy from the manifest's values.</summary>
    /// <exception cref="InputException">A value is unknown or invalid for the model.</exception>
    public static ParameterSet Parameters(ParameterRegistry registry, ReportPolicy policy, string folder)
    {
        ParameterSet set = registry.Defaults();
        foreach (KeyValuePair<string, string> value in policy.Values)
        {
            if (!registry.TryGet(value.Key, out ParameterSpec spec) || spec.ParseValue(value.Value) is not double parsed)
            {
                throw new InputException($"{Path.Combine(folder, "manifest.json")}: $.policies[{policy.Name}].parameters.{value.Key}: '{value.Value}' is not a value this TeamSim understands");
            }

            try
            {
                set = set.With(value.Key, parsed);
            }
            catch (ArgumentException e)
            {
                throw new InputException($"{Path.Combine(folder, "manifest.json")}: $.policies[{policy.Name}].parameters.{e.Message}", e);
            }
        }

        return set;
    }

    // Read while the run stands at tick `to`: the log holds the events of the steps up to it, so its
    // presence is the one in force at the window's end.
    private static TeamSnapshot Snapshot(ITeamView team, EventLog log, int from, int to)
    {
        int n = log.Members;
        int k = team.Domains;
        var trust = new double[n * n];
        var primary = new int[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                trust[(i * n) + j] = team.BenevolenceOf(i, j);
            }

            int best = 0;
            for (int d = 1; d < k; d++)
            {
                if (team.ExpertiseOf(i, d) > team.ExpertiseOf(i, best))
                {
                    best = d;
                }
            }

            primary[i] = best;
        }

        return new TeamSnapshot(from, to, n, trust, log.HelpCounts(from, to), primary, log.Present.ToArray());
    }
}
