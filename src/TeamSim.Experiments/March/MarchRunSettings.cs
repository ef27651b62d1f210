using TeamSim.Core.March1991;
using TeamSim.Core.Parameters;

namespace TeamSim.Experiments.March;

/// <summary>The checks the March (1991) experiments' options share.</summary>
internal static class MarchRunSettings
{
    /// <summary>Iterations at least 1, parallelism -1 (all cores) or at least 1, base parameters of the March model.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static void Check(int iterations, int maxDegreeOfParallelism, ParameterSet? baseParameters)
    {
        if (iterations < 1)
        {
            throw new ArgumentException($"Iterations: must be at least 1, got {iterations}");
        }

        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentException($"MaxDegreeOfParallelism: must be -1 (all cores) or at least 1, got {maxDegreeOfParallelism}");
        }

        if (baseParameters is not null && !ReferenceEquals(baseParameters.Registry, MarchParameters.Registry))
        {
            throw new ArgumentException("BaseParameters: must come from MarchParameters.Registry");
        }
    }
}
