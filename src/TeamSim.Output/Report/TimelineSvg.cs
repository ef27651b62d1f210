using System.Globalization;
using System.Text;
using TeamSim.Analysis.Events;
using TeamSim.Core.Team;

namespace TeamSim.Output.Report;

/// <summary>
/// Draws the timeline of one run from its events: open incidents over time (arrivals minus
/// resolutions), the leader's takeovers as shaded bands, and rows of marks for crises, errors
/// (reported or concealed), the leader's response (blame or learning framing), reviews and absences.
/// </summary>
public static class TimelineSvg
{
    private const int Width = 1200;
    private const double Left = 230;
    private const double Right = 1170;
    private const double CurveTop = 60;
    private const double CurveBottom = 290;
    private const double RowHeight = 46;

    private static readonly (string Label, string Colour)[] Rows =
    [
        ("crises", "#D55E00"),
        ("errors", "#000000"),
        ("blame / learning", "#CC79A7"),
        ("reviews", "#009E73"),
        ("takeover", "#E69F00"),
        ("absence", "#56B4E9"),
    ];

    /// <summary>The SVG element of the run's timeline.</summary>
    /// <param name="run">The re-run with its events.</param>
    public static string Draw(RepresentativeRun run)
    {
        int ticks = Math.Max(1, run.Ticks);
        double rowsTop = CurveBottom + 70;
        int height = (int)(rowsTop + (Rows.Length * RowHeight) + 70);
        var open = new int[ticks + 1];
        var takeovers = new List<(int From, int To)>();
        var absences = new List<(int From, int To)>();
        int? takeoverStart = null;
        var absenceStart = new Dictionary<int, int>();
        int crises = 0, reported = 0, concealed = 0, blames = 0, framings = 0, reviews = 0;
        var marks = new StringBuilder();
        foreach (ModelEvent e in run.Events)
        {
            int t = Math.Clamp(e.Tick, 0, ticks);
            switch (e.Kind)
            {
                case TeamEventKinds.Arrival or TeamEventKinds.Cascade or TeamEventKinds.LatentSurfaced:
                    open[t]++;
                    break;
                case TeamEventKinds.Resolve:
                    open[t]--;
                    break;
                case TeamEventKinds.Crisis:
                    crises++;
                    Tick(marks, t, ticks, Row(rowsTop, 0), Rows[0].Colour, 3);
                    break;
                case TeamEventKinds.Error:
                    bool wasReported = e.Target == 1;
                    reported += wasReported ? 1 : 0;
                    concealed += wasReported ? 0 : 1;
                    Dot(marks, t, ticks, Row(rowsTop, 1), wasReported);
                    break;
                case TeamEventKinds.Blame:
                    blames++;
                    Tick(marks, t, ticks, Row(rowsTop, 2), "#CC79A7", 4);
                    break;
                case TeamEventKinds.LearningFraming:
                    framings++;
                    Tick(marks, t, ticks, Row(rowsTop, 2), "#009E73", 4);
                    break;
                case TeamEventKinds.Review:
                    reviews++;
                    Diamond(marks, t, ticks, Row(rowsTop, 3));
                    break;
                case TeamEventKinds.TakeoverStart:
                    takeoverStart = t;
                    break;
                case TeamEventKinds.TakeoverEnd when takeoverStart is int from:
                    takeovers.Add((from, t));
                    takeoverStart = null;
                    break;
                case TeamEventKinds.AbsenceStart:
                    absenceStart[e.Actor] = t;
                    break;
                case TeamEventKinds.AbsenceEnd when absenceStart.Remove(e.Actor, out int started):
                    absences.Add((started, t));
                    break;
            }
        }

        if (takeoverStart is int still)
        {
            takeovers.Add((still, ticks));
        }

        foreach (int started in absenceStart.Values)
        {
            absences.Add((started, ticks));
        }

        var counts = new double[ticks + 1];
        int level = 0;
        for (int t = 0; t <= ticks; t++)
        {
            level += open[t];
            counts[t] = Math.Max(0, level);
        }

        double maxOpen = Math.Max(1, counts.Max());
        double yMax = NiceCeiling(maxOpen);
        var svg = new StringBuilder();
        string label = $"Timeline of a typical {run.Policy}-led run (replication {run.Replication})";
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{Html.Text(label)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>");

        // Takeover bands behind everything, across the curve and the rows.
        foreach ((int from, int to) in takeovers)
        {
            double x0 = X(from, ticks);
            double x1 = Math.Max(X(to, ticks), x0 + 2);
            svg.Append($"<rect x=\"{Html.N(x0)}\" y=\"{CurveTop}\" width=\"{Html.N(x1 - x0)}\" height=\"{Html.N(Row(rowsTop, Rows.Length - 1) + (RowHeight / 2) - CurveTop)}\" fill=\"#E69F00\" fill-opacity=\"0.18\"/>");
            svg.Append($"<rect x=\"{Html.N(x0)}\" y=\"{Html.N(Row(rowsTop, 4) - 12)}\" width=\"{Html.N(x1 - x0)}\" height=\"24\" fill=\"#E69F00\"/>");
        }

        foreach ((int from, int to) in absences)
        {
            double x0 = X(from, ticks);
            double x1 = Math.Max(X(to, ticks), x0 + 2);
            svg.Append($"<rect x=\"{Html.N(x0)}\" y=\"{Html.N(Row(rowsTop, 5) - 12)}\" width=\"{Html.N(x1 - x0)}\" height=\"24\" fill=\"#56B4E9\"/>");
        }

        // Open incidents: an area under a step line, with a y axis.
        svg.Append($"<text x=\"{Left - 16}\" y=\"{CurveTop - 24}\" text-anchor=\"end\" font-size=\"22\" fill=\"#111111\">open incidents</text>");
        for (int g = 0; g <= 4; g++)
        {
            double value = yMax * g / 4;
            double gy = CurveBottom - ((CurveBottom - CurveTop) * g / 4);
            svg.Append($"<line x1=\"{Left}\" y1=\"{Html.N(gy)}\" x2=\"{Right}\" y2=\"{Html.N(gy)}\" stroke=\"#dddddd\" stroke-width=\"1\"/>");
            svg.Append($"<text x=\"{Left - 12}\" y=\"{Html.N(gy + 8)}\" text-anchor=\"end\" font-size=\"20\" fill=\"#333333\">{Html.N(value)}</text>");
        }

        var area = new StringBuilder($"M{Html.N(X(0, ticks))},{CurveBottom}");
        for (int t = 0; t <= ticks; t++)
        {
            double yv = CurveBottom - ((CurveBottom - CurveTop) * counts[t] / yMax);
            area.Append($" L{Html.N(X(t, ticks))},{Html.N(yv)}");
        }

        area.Append($" L{Html.N(X(ticks, ticks))},{CurveBottom} Z");
        svg.Append($"<path d=\"{area}\" fill=\"#0072B2\" fill-opacity=\"0.35\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>");
        svg.Append($"<line x1=\"{Left}\" y1=\"{CurveBottom}\" x2=\"{Right}\" y2=\"{CurveBottom}\" stroke=\"#333333\" stroke-width=\"2\"/>");

        // Rows with labels.
        for (int r = 0; r < Rows.Length; r++)
        {
            double ry = Row(rowsTop, r);
            svg.Append($"<line x1=\"{Left}\" y1=\"{Html.N(ry)}\" x2=\"{Right}\" y2=\"{Html.N(ry)}\" stroke=\"#e5e5e5\" stroke-width=\"1\"/>");
            svg.Append($"<text x=\"{Left - 16}\" y=\"{Html.N(ry + 8)}\" text-anchor=\"end\" font-size=\"22\" fill=\"#111111\">{Rows[r].Label}</text>");
        }

        svg.Append(marks);

        // Time axis.
        double axisY = Row(rowsTop, Rows.Length - 1) + (RowHeight / 2) + 6;
        svg.Append($"<line x1=\"{Left}\" y1=\"{Html.N(axisY)}\" x2=\"{Right}\" y2=\"{Html.N(axisY)}\" stroke=\"#333333\" stroke-width=\"2\"/>");
        double step = NiceStep(ticks / 6.0);
        for (double t = 0; t <= ticks + 1e-9; t += step)
        {
            double tx = X(t, ticks);
            svg.Append($"<line x1=\"{Html.N(tx)}\" y1=\"{Html.N(axisY)}\" x2=\"{Html.N(tx)}\" y2=\"{Html.N(axisY + 8)}\" stroke=\"#333333\" stroke-width=\"2\"/>");
            svg.Append($"<text x=\"{Html.N(tx)}\" y=\"{Html.N(axisY + 32)}\" text-anchor=\"middle\" font-size=\"20\" fill=\"#333333\">{Html.N(t)}</text>");
        }

        svg.Append($"<text x=\"{(Left + Right) / 2}\" y=\"{Html.N(axisY + 60)}\" text-anchor=\"middle\" font-size=\"22\" fill=\"#111111\">time (ticks); shaded = leader has taken over</text>");
        svg.Append($"<text x=\"{Right}\" y=\"{Html.N(CurveTop - 24)}\" text-anchor=\"end\" font-size=\"22\" font-weight=\"bold\" fill=\"#111111\">{crises} crises; errors: {reported} reported, {concealed} concealed; {blames} blamed; {reviews} reviews</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double X(double tick, int ticks) => Left + ((Right - Left) * tick / ticks);

    private static double Row(double top, int row) => top + (row * RowHeight) + (RowHeight / 2);

    private static void Tick(StringBuilder svg, int t, int ticks, double y, string colour, double width)
    {
        double x = X(t, ticks);
        svg.Append($"<line x1=\"{Html.N(x)}\" y1=\"{Html.N(y - 15)}\" x2=\"{Html.N(x)}\" y2=\"{Html.N(y + 15)}\" stroke=\"{colour}\" stroke-width=\"{Html.N(width)}\" stroke-opacity=\"0.8\"/>");
    }

    private static void Dot(StringBuilder svg, int t, int ticks, double y, bool filled)
    {
        double x = X(t, ticks);
        svg.Append(filled
            ? $"<circle cx=\"{Html.N(x)}\" cy=\"{Html.N(y)}\" r=\"7\" fill=\"#000000\"/>"
            : $"<circle cx=\"{Html.N(x)}\" cy=\"{Html.N(y)}\" r=\"7\" fill=\"white\" stroke=\"#000000\" stroke-width=\"2\"/>");
    }

    private static void Diamond(StringBuilder svg, int t, int ticks, double y)
    {
        double x = X(t, ticks);
        svg.Append($"<path d=\"M{Html.N(x)},{Html.N(y - 13)} L{Html.N(x + 10)},{Html.N(y)} L{Html.N(x)},{Html.N(y + 13)} L{Html.N(x - 10)},{Html.N(y)} Z\" fill=\"#009E73\" stroke=\"#000000\" stroke-width=\"1.5\"/>");
    }

    private static double NiceCeiling(double value)
    {
        double step = NiceStep(value / 4);
        return Math.Ceiling(value / step) * step;
    }

    private static double NiceStep(double raw)
    {
        if (!(raw > 0))
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return Math.Max(1, nice * magnitude);
    }
}
