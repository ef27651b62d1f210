namespace TeamSim.Experiments.Calibration;

/// <summary>
/// Settings of the ABC-SMC algorithm (<see cref="AbcSmc"/>): the posterior keeps
/// <see cref="Particles"/> particles; each generation simulates <see cref="NewPerGeneration"/> new
/// ones (the first generation <see cref="Simulated"/> from the prior), up to
/// <see cref="Generations"/> generations or until the acceptance rate falls to
/// <see cref="MinAcceptance"/>.
/// </summary>
/// <param name="Particles">Particles kept in each generation and in the posterior (N alpha in Lenormand et al. 2013).</param>
/// <param name="Generations">Most generations, the prior sample included.</param>
/// <param name="Alpha">Share of the simulated population kept each generation, in (0, 1): the tolerance is the alpha-quantile of the distances.</param>
/// <param name="MinAcceptance">Stop when the share of new particles closer than the previous tolerance is at most this, in [0, 1).</param>
public sealed record CalibrationMethod(int Particles = CalibrationMethod.DefaultParticles, int Generations = CalibrationMethod.DefaultGenerations, double Alpha = CalibrationMethod.DefaultAlpha, double MinAcceptance = CalibrationMethod.DefaultMinAcceptance)
{
    /// <summary>The only method type: adaptive ABC sequential Monte Carlo.</summary>
    public const string Kind = "abc-smc";

    /// <summary>Default particles kept: enough for steady 5/50/95% quantiles of a few factors.</summary>
    public const int DefaultParticles = 500;

    /// <summary>Default most generations: with the other defaults, a 3-factor calibration of the classroom scenario at 20 replications stays within 5 minutes on 2 cores (docs/PERFORMANCE.md).</summary>
    public const int DefaultGenerations = 10;

    /// <summary>Default share kept each generation (Lenormand et al. 2013 use 0.5).</summary>
    public const double DefaultAlpha = 0.5;

    /// <summary>Default stopping acceptance rate (Lenormand et al. 2013 suggest 0.01 to 0.05).</summary>
    public const double DefaultMinAcceptance = 0.05;

    /// <summary>Particles simulated in the first generation: ceil(<see cref="Particles"/> / <see cref="Alpha"/>).</summary>
    public int Simulated => (int)Math.Ceiling(Particles / Alpha - 1e-9);

    /// <summary>New particles simulated in each later generation.</summary>
    public int NewPerGeneration => Simulated - Particles;

    /// <summary>Most particles simulated in the whole calibration (every generation run).</summary>
    public long MaxSimulated => Simulated + ((long)(Generations - 1) * NewPerGeneration);
}
