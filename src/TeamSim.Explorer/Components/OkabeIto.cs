namespace TeamSim.Explorer.Components;

/// <summary>Okabe-Ito colours (Okabe and Ito 2008), the same policy colours as the CLI's plots.</summary>
public static class OkabeIto
{
    /// <summary>Policy A: orange.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Policy B: blue.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Help arrows in the network picture: vermilion (as in report.html).</summary>
    public const string Vermilion = "#D55E00";

    /// <summary>Trust lines in the network picture: grey.</summary>
    public const string Grey = "#7A7A7A";

    /// <summary>Axis and text: black.</summary>
    public const string Black = "#000000";
}
