namespace TeamSim.Experiments.Calibration;

/// <summary>The generations of a finished ABC-SMC run and why it stopped.</summary>
/// <param name="Generations">Every generation, in order; the last one's particles are the posterior.</param>
/// <param name="StopReason"><c>min_acceptance</c> (the acceptance rate fell to the method's minimum) or <c>generations</c> (the most generations ran).</param>
/// <param name="RunsExecuted">Model runs made by this call (0 when every generation was done before).</param>
public sealed record CalibrationOutcome(IReadOnlyList<CalibrationGeneration> Generations, string StopReason, long RunsExecuted)
{
    /// <summary>The posterior: the last generation's particles.</summary>
    public IReadOnlyList<CalibrationParticle> Posterior => Generations[^1].Particles;

    /// <summary>Model runs of every generation.</summary>
    public long Runs => Generations.Sum(g => g.Runs);
}
