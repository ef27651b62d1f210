using TeamSim.Core.March1991;
using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.March;

/// <summary>What to compute for March's Figure 1: the grid of (p1, p2) cells, iterations per cell, seed and threads.</summary>
/// <param name="P1">Socialisation rates, each in [0, 1]; default 0.1..0.9 in steps of 0.1.</param>
/// <param name="P2">Code learning rates, each in [0, 1]; default 0.1, 0.5, 0.9.</param>
/// <param name="Iterations">Independent closed-system runs per cell (March used 80; the issue asks 10,000).</param>
/// <param name="MasterSeed">The experiment's seed; run (cell c, iteration r) uses RunSeeds(seed, c, r).</param>
/// <param name="MaxDegreeOfParallelism">Worker threads, or -1 for every core; the numbers do not depend on it.</param>
public sealed record MarchFigure1Options(
    IReadOnlyList<double> P1,
    IReadOnlyList<double> P2,
    int Iterations = 10_000,
    ulong MasterSeed = 1991,
    int MaxDegreeOfParallelism = -1)
{
    /// <summary>Socialisation rates of March's Figure 1: 0.1, 0.2, ..., 0.9.</summary>
    public static IReadOnlyList<double> DefaultP1 { get; } = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>Code learning rates of March's Figure 1: 0.1, 0.5, 0.9.</summary>
    public static IReadOnlyList<double> DefaultP2 { get; } = [0.1, 0.5, 0.9];

    /// <summary>
    /// Other model parameters (m, n, max_periods, variant switches); null means the registry defaults.
    /// p1, p2 come from the grid and p3 = p4 = 0 (Figure 1 is a closed system).
    /// </summary>
    public ParameterSet? BaseParameters { get; init; }

    /// <summary>The options of March's Figure 1 with the given iterations and seed.</summary>
    public static MarchFigure1Options Default(int iterations = 10_000, ulong seed = 1991) =>
        new(DefaultP1, DefaultP2, iterations, seed);

    /// <summary>Checks every field; throws with the field's name and what is allowed.</summary>
    /// <exception cref="ArgumentException">A field is out of range.</exception>
    public void Validate()
    {
        CheckRates(P1, nameof(P1));
        CheckRates(P2, nameof(P2));
        MarchRunSettings.Check(Iterations, MaxDegreeOfParallelism, BaseParameters);
    }

    private static void CheckRates(IReadOnlyList<double> rates, string field)
    {
        if (rates is null || rates.Count == 0)
        {
            throw new ArgumentException($"{field}: needs at least one value in [0, 1]");
        }

        for (int i = 0; i < rates.Count; i++)
        {
            if (!(rates[i] >= 0 && rates[i] <= 1))
            {
                throw new ArgumentException($"{field}[{i}]: must be a number in [0, 1], got {rates[i]}");
            }
        }
    }
}
