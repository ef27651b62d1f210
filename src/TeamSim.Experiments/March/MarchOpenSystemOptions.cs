using TeamSim.Core.March1991;
using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.March;

/// <summary>One open-system setting of March's model, followed over a fixed horizon and averaged over iterations.</summary>
/// <param name="P1">Socialisation rate, [0, 1].</param>
/// <param name="P2">Code learning rate, [0, 1].</param>
/// <param name="P3">Turnover per member and period, [0, 1].</param>
/// <param name="P4">Turbulence per dimension and period, [0, 1].</param>
/// <param name="Horizon">Periods to follow, at least 1.</param>
/// <param name="Iterations">Independent runs to average, at least 1.</param>
/// <param name="MasterSeed">The experiment's seed; run r uses RunSeeds(seed, DesignPoint, r).</param>
/// <param name="MaxDegreeOfParallelism">Worker threads, or -1 for every core; the numbers do not depend on it.</param>
public sealed record MarchOpenSystemOptions(
    double P1,
    double P2,
    double P3,
    double P4,
    int Horizon = 100,
    int Iterations = 1_000,
    ulong MasterSeed = 1991,
    int MaxDegreeOfParallelism = -1)
{
    /// <summary>
    /// Design point of the seeds; the default 0 gives every setting the same initial reality and
    /// beliefs in iteration r (common random numbers), so curves of different settings are paired.
    /// </summary>
    public long DesignPoint { get; init; }

    /// <summary>Other model parameters (m, n, variant switches); null means the registry defaults.</summary>
    public ParameterSet? BaseParameters { get; init; }

    /// <summary>Checks every field; throws with the field's name and what is allowed.</summary>
    /// <exception cref="ArgumentException">A field is out of range.</exception>
    public void Validate()
    {
        CheckRate(P1, nameof(P1));
        CheckRate(P2, nameof(P2));
        CheckRate(P3, nameof(P3));
        CheckRate(P4, nameof(P4));
        if (Horizon < 1)
        {
            throw new ArgumentException($"{nameof(Horizon)}: must be at least 1, got {Horizon}");
        }

        MarchRunSettings.Check(Iterations, MaxDegreeOfParallelism, BaseParameters);
    }

    private static void CheckRate(double value, string field)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentException($"{field}: must be a number in [0, 1], got {value}");
        }
    }
}
