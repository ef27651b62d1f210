using ScottPlot;

namespace TeamSim.Output.Plots;

/// <summary>The Okabe-Ito palette: eight colours distinguishable with the common colour-vision deficiencies (Okabe and Ito 2008).</summary>
public static class OkabeIto
{
    /// <summary>Colours in the order policies get them (black last, for an eighth policy).</summary>
    public static IReadOnlyList<Color> Colors { get; } =
    [
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#F0E442"), // yellow
        Color.FromHex("#000000"), // black
    ];

    /// <summary>The colour of policy <paramref name="index"/> (cycles after eight).</summary>
    public static Color For(int index) => Colors[index % Colors.Count];
}
