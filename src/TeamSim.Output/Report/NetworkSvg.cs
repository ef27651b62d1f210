using System.Text;

namespace TeamSim.Output.Report;

/// <summary>
/// Draws the team as a node-link diagram, early and late in a run side by side: grey lines are
/// mutual benevolence trust (thicker = more), vermilion arrows are help requests from asker to
/// helper (thicker = more often), node colour is the member's strongest domain, L is the leader.
/// </summary>
public static class NetworkSvg
{
    private const int Width = 1200;
    private const int Height = 700;
    private const double Radius = 215;
    private const double NodeRadius = 30;
    private const string HelpColour = "#D55E00";

    /// <summary>Domain colours: Okabe-Ito without vermilion (help arrows) and black (outlines).</summary>
    private static readonly string[] DomainColours = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#F0E442", "#0072B2"];

    /// <summary>The SVG element for one policy's early and late team.</summary>
    /// <param name="early">The team over the first window.</param>
    /// <param name="late">The team over the last window.</param>
    /// <param name="policy">Policy name (escaped here).</param>
    /// <param name="idPrefix">A prefix unique in the page.</param>
    public static string Draw(TeamSnapshot early, TeamSnapshot late, string policy, string idPrefix)
    {
        int maxHelp = Math.Max(1, Math.Max(early.Help.DefaultIfEmpty(0).Max(), late.Help.DefaultIfEmpty(0).Max()));
        var svg = new StringBuilder();
        string label = $"Trust and help in a typical {policy}-led team, early and late in the run";
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{Html.Text(label)}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">");
        svg.Append($"<defs><marker id=\"{idPrefix}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"4\" markerHeight=\"4\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{HelpColour}\"/></marker></defs>");
        svg.Append($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        Panel(svg, early, "Early", 300, maxHelp, idPrefix);
        Panel(svg, late, "Late", 900, maxHelp, idPrefix);
        svg.Append($"<line x1=\"600\" y1=\"30\" x2=\"600\" y2=\"620\" stroke=\"#bbbbbb\" stroke-width=\"2\"/>");
        Legend(svg, early);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, TeamSnapshot team, string name, double cx, int maxHelp, string idPrefix)
    {
        const double cy = 345;
        int n = team.Members;
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double angle = (-Math.PI / 2) + (2 * Math.PI * i / n);
            x[i] = cx + (Radius * Math.Cos(angle));
            y[i] = cy + (Radius * Math.Sin(angle));
        }

        double meanTrust = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j)
                {
                    meanTrust += team.TrustOf(i, j);
                    pairs++;
                }
            }
        }

        meanTrust = pairs > 0 ? meanTrust / pairs : double.NaN;
        svg.Append($"<text x=\"{Html.N(cx)}\" y=\"44\" text-anchor=\"middle\" font-size=\"30\" font-weight=\"bold\" fill=\"#111111\">{name}: ticks {team.FromTick}&#8211;{team.ToTick}</text>");
        svg.Append($"<text x=\"{Html.N(cx)}\" y=\"80\" text-anchor=\"middle\" font-size=\"22\" fill=\"#333333\">{team.HelpTotal} help requests, mean trust {Html.N(meanTrust)}</text>");

        // Trust: one line per pair, width by mutual trust (0.2 or less is a hairline).
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double t = (team.TrustOf(i, j) + team.TrustOf(j, i)) / 2;
                double width = 0.8 + (16 * Math.Max(0, t - 0.2) / 0.8);
                svg.Append($"<line x1=\"{Html.N(x[i])}\" y1=\"{Html.N(y[i])}\" x2=\"{Html.N(x[j])}\" y2=\"{Html.N(y[j])}\" stroke=\"#8a8a8a\" stroke-opacity=\"0.55\" stroke-width=\"{Html.N(width)}\" stroke-linecap=\"round\"/>");
            }
        }

        // Help: a curved arrow from asker to helper; curving to one side keeps i->j and j->i apart.
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int count = team.HelpFrom(i, j);
                if (i == j || count == 0)
                {
                    continue;
                }

                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                double length = Math.Sqrt((dx * dx) + (dy * dy));
                double ux = dx / length;
                double uy = dy / length;
                double sx = x[i] + (ux * NodeRadius);
                double sy = y[i] + (uy * NodeRadius);
                double ex = x[j] - (ux * (NodeRadius + 4));
                double ey = y[j] - (uy * (NodeRadius + 4));
                double mx = ((sx + ex) / 2) - (uy * length * 0.12);
                double my = ((sy + ey) / 2) + (ux * length * 0.12);
                double width = 1.5 + (9 * count / (double)maxHelp);
                svg.Append($"<path d=\"M{Html.N(sx)},{Html.N(sy)} Q{Html.N(mx)},{Html.N(my)} {Html.N(ex)},{Html.N(ey)}\" fill=\"none\" stroke=\"{HelpColour}\" stroke-opacity=\"0.85\" stroke-width=\"{Html.N(width)}\" marker-end=\"url(#{idPrefix}-arrow)\"><title>member {Name(i)} asked {Name(j)} for help {count} times</title></path>");
            }
        }

        for (int i = 0; i < n; i++)
        {
            string fill = i == 0 ? "#000000" : DomainColours[team.Primary[i] % DomainColours.Length];
            string text = i == 0 ? "#ffffff" : "#000000";
            string outline = team.Present[i] ? "stroke=\"#000000\" stroke-width=\"3\"" : "stroke=\"#000000\" stroke-width=\"3\" stroke-dasharray=\"6 4\" fill-opacity=\"0.3\"";
            svg.Append($"<circle cx=\"{Html.N(x[i])}\" cy=\"{Html.N(y[i])}\" r=\"{NodeRadius}\" fill=\"{fill}\" {outline}><title>{(i == 0 ? "leader" : "member " + i)}{(team.Present[i] ? string.Empty : " (absent)")}</title></circle>");
            svg.Append($"<text x=\"{Html.N(x[i])}\" y=\"{Html.N(y[i] + 9)}\" text-anchor=\"middle\" font-size=\"26\" font-weight=\"bold\" fill=\"{text}\">{Name(i)}</text>");
        }
    }

    private static void Legend(StringBuilder svg, TeamSnapshot team)
    {
        const double y = 660;
        svg.Append($"<line x1=\"30\" y1=\"{y}\" x2=\"80\" y2=\"{y}\" stroke=\"#8a8a8a\" stroke-opacity=\"0.7\" stroke-width=\"9\" stroke-linecap=\"round\"/>");
        svg.Append($"<text x=\"90\" y=\"{y + 8}\" font-size=\"22\" fill=\"#111111\">trust (thicker = more)</text>");
        svg.Append($"<line x1=\"340\" y1=\"{y}\" x2=\"380\" y2=\"{y}\" stroke=\"{HelpColour}\" stroke-width=\"6\"/><path d=\"M380,{y - 10} L398,{y} L380,{y + 10} z\" fill=\"{HelpColour}\"/>");
        svg.Append($"<text x=\"408\" y=\"{y + 8}\" font-size=\"22\" fill=\"#111111\">asked for help (thicker = more often)</text>");
        int domains = team.Primary.Length > 0 ? team.Primary.Max() + 1 : 0;
        double x = 875;
        svg.Append($"<text x=\"{x}\" y=\"{y + 8}\" font-size=\"22\" fill=\"#111111\">domain:</text>");
        x += 92;
        for (int d = 0; d < Math.Min(domains, DomainColours.Length); d++)
        {
            svg.Append($"<circle cx=\"{Html.N(x + 12)}\" cy=\"{y}\" r=\"12\" fill=\"{DomainColours[d]}\" stroke=\"#000000\" stroke-width=\"2\"/>");
            svg.Append($"<text x=\"{Html.N(x + 30)}\" y=\"{y + 8}\" font-size=\"22\" fill=\"#111111\">{d}</text>");
            x += 56;
        }
    }

    private static string Name(int member) => member == 0 ? "L" : member.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
