using ScottPlot;

namespace TeamSim.Output.Plots;

/// <summary>Fonts shared by every figure TeamSim draws.</summary>
public static class PlotFonts
{
    /// <summary>A sans-serif family that is installed (DejaVu Sans on most Linux systems), else ScottPlot's choice.</summary>
    public static string Sans { get; } = SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains("DejaVu Sans", StringComparer.Ordinal)
        ? "DejaVu Sans"
        : Fonts.Sans;
}
