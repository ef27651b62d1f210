using BenchmarkDotNet.Attributes;
using TeamSim.Core.Team;

namespace TeamSim.Benchmarks;

/// <summary>
/// Cost of one tick of the team model against team size N (load per member held constant; see
/// <see cref="TeamScenario.Scaling"/>). The run is built and warmed up once; each invocation steps a
/// fixed number of ticks of that same run, which is in steady state, so the cost per tick does
/// not drift with the number of invocations BenchmarkDotNet chooses.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet refuses sealed benchmark classes.</remarks>
[MemoryDiagnoser]
public class TeamScalingBenchmarks
{
    /// <summary>Ticks stepped per invocation; results are reported per tick.</summary>
    public const int TicksPerInvocation = 100;

    private TeamModel _model = null!;
    private readonly double[] _metrics = TeamScenario.TickMetricsBuffer();

    /// <summary>Team size N, members including the leader.</summary>
    [Params(8, 32, 128, 512, 1000)]
    public int N { get; set; }

    /// <summary>Builds and warms up the run outside the measurement.</summary>
    [GlobalSetup]
    public void CreateRun() => _model = TeamScenario.CreateWarm(TeamScenario.Scaling(N));

    /// <summary>Steps <see cref="TicksPerInvocation"/> ticks, reading each tick's metrics; BenchmarkDotNet divides by it.</summary>
    [Benchmark(OperationsPerInvoke = TicksPerInvocation)]
    public int Tick()
    {
        for (int t = 0; t < TicksPerInvocation; t++)
        {
            TeamScenario.StepAndRead(_model, _metrics);
        }

        return _model.OpenIncidents;
    }
}
