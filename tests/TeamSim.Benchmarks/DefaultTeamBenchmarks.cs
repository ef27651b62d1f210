using BenchmarkDotNet.Attributes;
using TeamSim.Core.Team;

namespace TeamSim.Benchmarks;

/// <summary>
/// Cost of one tick of the default team of 8 under the inquiry preset (the headline number:
/// member-ticks per second = 8 / time per tick), plain and with every practice on; stepping alone
/// (as in a sweep) and with every tick's metrics read (as in <c>teamsim run</c>).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet refuses sealed benchmark classes.</remarks>
[MemoryDiagnoser]
public class DefaultTeamBenchmarks
{
    /// <summary>Ticks stepped per invocation; results are reported per tick.</summary>
    public const int TicksPerInvocation = 1000;

    private TeamModel _model = null!;
    private readonly double[] _tickMetrics = TeamScenario.TickMetricsBuffer();

    /// <summary>"plain": the defaults; "practices": reviews every 20 ticks, rotation every 30, turnover 0.002.</summary>
    [Params("plain", "practices")]
    public string Variant { get; set; } = "plain";

    /// <summary>Builds and warms up the run outside the measurement.</summary>
    [GlobalSetup]
    public void CreateRun() => _model = TeamScenario.CreateWarm(Variant == "plain"
        ? TeamScenario.Default()
        : TeamScenario.Default(("practices.review_interval", 20), ("practices.rotation_interval", 30), ("turnover.rate", 0.002)));

    /// <summary>Steps <see cref="TicksPerInvocation"/> ticks; BenchmarkDotNet divides by it.</summary>
    [Benchmark(OperationsPerInvoke = TicksPerInvocation)]
    public int Tick()
    {
        for (int t = 0; t < TicksPerInvocation; t++)
        {
            _model.Step();
        }

        return _model.OpenIncidents;
    }

    /// <summary>
    /// Steps and reads every tick's metrics, as <c>teamsim run</c> does for timeseries.csv: reading
    /// computes the state metrics (directory accuracy among them), which a sweep (run metrics only)
    /// computes once per run.
    /// </summary>
    [Benchmark(OperationsPerInvoke = TicksPerInvocation)]
    public double TickAndReadMetrics()
    {
        double sum = 0;
        for (int t = 0; t < TicksPerInvocation; t++)
        {
            TeamScenario.StepAndRead(_model, _tickMetrics);
            sum += _tickMetrics[0];
        }

        return sum;
    }
}
