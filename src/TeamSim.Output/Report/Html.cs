using System.Globalization;
using System.Net;

namespace TeamSim.Output.Report;

/// <summary>Text into HTML and SVG: every character that could open markup is escaped, so names and descriptions show as text.</summary>
public static class Html
{
    /// <summary>Escapes <c>&lt; &gt; &amp; " '</c> for element content and quoted attribute values.</summary>
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>A number for SVG coordinates: invariant culture, two decimals at most.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
