using TeamSim.Experiments.Calibration;

namespace TeamSim.Experiments.Tests.Calibration;

/// <summary>Keeps generations in memory; optionally cancels after a number of saves, as an interrupt would.</summary>
internal sealed class MemoryCalibrationStore(int stopAfter = int.MaxValue, CancellationTokenSource? cancel = null) : ICalibrationStore
{
    private readonly List<CalibrationGeneration> _generations = [];

    public IReadOnlyList<CalibrationGeneration> Generations => _generations;

    public IReadOnlyList<CalibrationGeneration> Completed() => _generations.ToArray();

    public void Save(CalibrationGeneration generation)
    {
        _generations.Add(generation);
        if (_generations.Count >= stopAfter)
        {
            cancel?.Cancel();
        }
    }
}
