namespace TeamSim.Experiments.Tests.Sensitivity;

/// <summary>The Ishigami and Homma (1990) test function on [-pi, pi]^3 and its exact Sobol' indices.</summary>
internal static class Ishigami
{
    public const double A = 7;
    public const double B = 0.1;

    public static double F(double x1, double x2, double x3) =>
        Math.Sin(x1) + (A * Math.Sin(x2) * Math.Sin(x2)) + (B * Math.Pow(x3, 4) * Math.Sin(x1));

    private static double V1 => 0.5 * Math.Pow(1 + (B * Math.Pow(Math.PI, 4) / 5), 2);

    private static double V2 => A * A / 8;

    private static double V13 => B * B * Math.Pow(Math.PI, 8) * ((1.0 / 18) - (1.0 / 50));

    private static double V => V1 + V2 + V13;

    /// <summary>S1 = 0.3139, 0.4424, 0.</summary>
    public static double[] First => [V1 / V, V2 / V, 0];

    /// <summary>ST = 0.5576, 0.4424, 0.2437.</summary>
    public static double[] Total => [(V1 + V13) / V, V2 / V, V13 / V];

    /// <summary>S2 of the pairs (1,2), (1,3), (2,3).</summary>
    public static double[] Second => [0, V13 / V, 0];
}
