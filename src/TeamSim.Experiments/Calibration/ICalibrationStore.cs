namespace TeamSim.Experiments.Calibration;

/// <summary>Where a calibration keeps its finished generations, so an interrupted calibration continues from the last one.</summary>
public interface ICalibrationStore
{
    /// <summary>The generations finished so far, in order (empty for a new calibration).</summary>
    IReadOnlyList<CalibrationGeneration> Completed();

    /// <summary>Keeps a finished generation; called once per generation, in order.</summary>
    void Save(CalibrationGeneration generation);
}
