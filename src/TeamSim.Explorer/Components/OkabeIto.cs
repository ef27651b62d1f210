namespace TeamSim.Explorer.Components;

/// <summary>Okabe-Ito colours (Okabe and Ito 2008), the same policy colours as the CLI's plots.</summary>
public static class OkabeIto
{
    /// <summary>Policy A: orange.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Policy B: blue.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Axis and text: black.</summary>
    public const string Black = "#000000";
}
