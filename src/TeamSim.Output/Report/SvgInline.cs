using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamSim.Output.Report;

/// <summary>
/// Makes a stand-alone SVG document (as ScottPlot writes it) fit inside an HTML page: drops the XML
/// declaration, adds a viewBox so it scales with the page, and prefixes every id (and the references
/// to it) so clip paths of different figures cannot collide.
/// </summary>
public static partial class SvgInline
{
    /// <summary>Returns the inlinable SVG element.</summary>
    /// <param name="svg">The SVG document.</param>
    /// <param name="idPrefix">A prefix unique in the page (letters, digits, dashes).</param>
    /// <param name="label">Accessible name of the figure (plain text).</param>
    public static string Embed(string svg, string idPrefix, string label)
    {
        string body = XmlDeclaration().Replace(svg, string.Empty).Trim();
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        body = HrefReference().Replace(body, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");
        Match size = RootSize().Match(body);
        string viewBox = size.Success
            ? string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {size.Groups[1].Value} {size.Groups[2].Value}\"")
            : string.Empty;
        int open = body.IndexOf("<svg", StringComparison.Ordinal);
        return open < 0
            ? body
            : body[..open] + $"<svg role=\"img\" aria-label=\"{Html.Text(label)}\"{viewBox}" + body[(open + 4)..];
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"<svg[^>]*\bwidth=""([0-9.]+)""[^>]*\bheight=""([0-9.]+)""")]
    private static partial Regex RootSize();
}
