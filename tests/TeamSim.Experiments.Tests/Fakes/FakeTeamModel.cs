using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.Tests.Fakes;

/// <summary>See <see cref="FakeTeamModelFactory"/>.</summary>
public sealed class FakeTeamModel : IModel
{
    private readonly Xoshiro256StarStar _random;
    private readonly int _ticks;
    private readonly double _inquiry;
    private readonly double _blame;
    private readonly double[] _last;
    private readonly int _runColumns;
    private readonly IEventSink? _events;
    private double _cumulative;
    private double _reported;

    public FakeTeamModel(ParameterSet parameters, RunSeeds seeds, ModelRunOptions options, int tickColumns, int runColumns)
    {
        _random = seeds.Stream(1);
        _ticks = options.Ticks;
        _inquiry = parameters["leader.inquiry"];
        _blame = parameters["leader.blame"];
        _last = new double[tickColumns];
        _runColumns = runColumns;
        _events = options.Events;
    }

    public int Tick { get; private set; }

    public bool IsFinished => Tick >= _ticks;

    public void Step()
    {
        Tick++;

        // Common random numbers: the draw does not depend on the policy, only its use does.
        double u = _random.NextDouble();
        double damage = u * (2 - _inquiry);
        _cumulative += damage;
        double reported = u * (1 - _blame);
        _reported += reported;
        for (int i = 0; i < _last.Length; i++)
        {
            _last[i] = u + i;
        }

        _last[4] = damage;
        _last[5] = _cumulative;
        _last[7] = reported;
        _last[20] = Tick % 2 == 0 ? double.NaN : u; // routing_accuracy is sometimes undefined
        _events?.Record(Tick, "work", 0, 1, Tick, u);
    }

    public void WriteTickMetrics(Span<double> destination) => _last.CopyTo(destination);

    public void WriteRunMetrics(Span<double> destination)
    {
        for (int i = 0; i < _runColumns; i++)
        {
            destination[i] = _cumulative / (i + 1);
        }

        destination[0] = _cumulative;
        destination[9] = _reported;
        destination[11] = double.NaN;
    }
}
