using System.Globalization;

namespace TeamSim.Explorer.Components;

/// <summary>
/// Colours for psychological safety in [0,1] on the viridis scale (dark purple = low, yellow = high):
/// perceptually even, readable in greyscale and by colour-blind viewers, and distinct from the
/// orange and blue that mean policy A and B.
/// </summary>
public static class SafetyScale
{
    private static IReadOnlyList<(double R, double G, double B)> Stops { get; } =
    [
        (0x44, 0x01, 0x54), (0x3B, 0x52, 0x8B), (0x21, 0x91, 0x8C), (0x5E, 0xC9, 0x62), (0xFD, 0xE7, 0x25),
    ];

    /// <summary>The fill colour of a safety value (clamped to [0,1]) as <c>#RRGGBB</c>.</summary>
    public static string Fill(double safety)
    {
        double x = Math.Clamp(double.IsFinite(safety) ? safety : 0, 0, 1) * (Stops.Count - 1);
        int i = Math.Min((int)x, Stops.Count - 2);
        double f = x - i;
        (double r0, double g0, double b0) = Stops[i];
        (double r1, double g1, double b1) = Stops[i + 1];
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r0, r1, f):X2}{Mix(g0, g1, f):X2}{Mix(b0, b1, f):X2}");
    }

    /// <summary>Black or white, whichever reads on <see cref="Fill"/> of the value.</summary>
    public static string Text(double safety) => safety < 0.4 ? "#FFFFFF" : "#000000";

    private static int Mix(double from, double to, double f) => (int)Math.Round(from + ((to - from) * f));
}
