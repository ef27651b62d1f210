using System.Globalization;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;

namespace TeamSim.Analysis.Csv;

/// <summary>
/// The columns and cells of runs.csv (docs/OUTPUTS.md): run, policy, replication, seed, ticks, the
/// parameters that differ between the policies (registry order), then every per-run metric. The
/// CLI writes these cells with CsvHelper, the explorer with <see cref="CsvCells.AppendRow"/>, so
/// both give the same file for the same setup.
/// </summary>
public sealed class RunsTable
{
    /// <summary>A table for policies with these parameter sets and a model with these per-run metrics.</summary>
    /// <param name="policies">Each policy's complete parameter set, in output order; at least one.</param>
    /// <param name="runMetrics">The model's per-run metrics, in the order a run writes them.</param>
    /// <exception cref="ArgumentException">No policies.</exception>
    public RunsTable(IReadOnlyList<ParameterSet> policies, IReadOnlyList<MetricDefinition> runMetrics)
    {
        if (policies.Count == 0)
        {
            throw new ArgumentException("runs.csv needs at least one policy", nameof(policies));
        }

        Varied = VariedParameters(policies);
        var header = new List<string> { "run", "policy", "replication", "seed", "ticks" };
        header.AddRange(Varied.Select(p => p.Name));
        header.AddRange(runMetrics.Select(m => m.Name));
        Header = header;
    }

    /// <summary>The parameters whose values differ between the policies, in registry order.</summary>
    public IReadOnlyList<ParameterSpec> Varied { get; }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The parameters whose values differ between <paramref name="policies"/>, in registry order.</summary>
    /// <param name="policies">Complete parameter sets of one model; at least one.</param>
    public static IReadOnlyList<ParameterSpec> VariedParameters(IReadOnlyList<ParameterSet> policies)
    {
        var varied = new List<ParameterSpec>();
        ParameterRegistry registry = policies[0].Registry;
        for (int i = 0; i < registry.Count; i++)
        {
            double first = policies[0][i];
            if (policies.Any(p => !p[i].Equals(first)))
            {
                varied.Add(registry.Specs[i]);
            }
        }

        return varied;
    }

    /// <summary>The cells of one run, formatted as in runs.csv.</summary>
    /// <param name="run">Run number, 0-based over all policies.</param>
    /// <param name="policy">Output name of the policy.</param>
    /// <param name="parameters">The policy's parameter set.</param>
    /// <param name="replication">Replication, 0-based.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="ticks">Ticks the run lasted.</param>
    /// <param name="metrics">The run's per-run metrics.</param>
    public IEnumerable<string> Row(long run, string policy, ParameterSet parameters, int replication, ulong seed, int ticks, IEnumerable<double> metrics)
    {
        yield return CsvCells.Integer(run);
        yield return CsvCells.Text(policy);
        yield return CsvCells.Integer(replication);
        yield return seed.ToString(CultureInfo.InvariantCulture);
        yield return CsvCells.Integer(ticks);
        foreach (ParameterSpec p in Varied)
        {
            yield return CsvCells.Text(p.FormatValue(parameters[p.Name]));
        }

        foreach (double v in metrics)
        {
            yield return CsvCells.Number(v);
        }
    }
}
