using BenchmarkDotNet.Attributes;
using TeamSim.Core.March1991;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Benchmarks;

/// <summary>
/// One iteration of March (1991): a closed run from set-up to equilibrium at p1 = 0.1, p2 = 0.9
/// (the slowest cell of Figure 1 to converge). An invocation runs a fixed set of replications, so
/// the number is the mean over their different run lengths, not one lucky seed.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet refuses sealed benchmark classes.</remarks>
[MemoryDiagnoser]
public class MarchIterationBenchmarks
{
    /// <summary>Replications per invocation; results are reported per iteration.</summary>
    public const int Replications = 100;

    private readonly double[] _run = new double[MarchMetrics.Run.Count];
    private ParameterSet _parameters = null!;

    /// <summary>Resolves the parameters once.</summary>
    [GlobalSetup]
    public void Resolve() =>
        _parameters = MarchParameters.Registry.Defaults()
            .With(MarchParameters.Socialisation, 0.1)
            .With(MarchParameters.CodeLearning, 0.9);

    /// <summary>Runs replications 0..99 of seed 1 to equilibrium.</summary>
    [Benchmark(OperationsPerInvoke = Replications)]
    public double Iteration()
    {
        double knowledge = 0;
        for (int r = 0; r < Replications; r++)
        {
            var model = new MarchModel(_parameters, new RunSeeds(1, 0, r), new ModelRunOptions(0));
            while (!model.IsFinished)
            {
                model.Step();
            }

            model.WriteRunMetrics(_run);
            knowledge += _run[0];
        }

        return knowledge;
    }
}
