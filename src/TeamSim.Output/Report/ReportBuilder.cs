using System.Globalization;
using System.Text;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Output.Plots;

namespace TeamSim.Output.Report;

/// <summary>
/// Builds report.html: one self-contained page (inline CSS and SVG, no scripts, no network; a
/// content security policy forbids loading anything) that tells a class what was simulated, which
/// policy the numbers favour and how sure we are, and shows what happened inside a typical team.
/// Every name and description from the scenario is HTML-escaped.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Per-tick metrics drawn over time, with title and axis label.</summary>
    public static IReadOnlyList<(string Metric, string Id, string Title, string Axis, string Caption)> TimeSeriesFigures { get; } =
    [
        ("cumulative_damage", "damage", "Damage accumulated so far", "cumulative damage",
            "Damage is the summed severity of incidents left open, tick by tick. Lines are means over all simulated teams; shaded bands are 95% confidence intervals of the mean."),
        ("open_incidents", "open", "Incidents open at each moment", "open incidents",
            "How much unsolved trouble the team carries. A growing backlog means incidents escalate before anyone solves them."),
        ("psych_safety", "safety", "Psychological safety", "mean psychological safety (0-1)",
            "How safe members feel to speak up and admit errors (0 = not at all, 1 = completely). Blame lowers it; learning framing raises it."),
    ];

    /// <summary>Run metrics shown in the key-outcomes table when the model has them.</summary>
    public static IReadOnlyList<string> KeyOutcomes { get; } =
        ["total_damage", "crises", "mean_time_to_resolve", "errors_made", "errors_reported", "report_rate", "help_requests", "final_psych_safety", "final_trust_in_leader", "final_team_knowledge"];

    /// <summary>Builds the page for a results folder's data.</summary>
    /// <param name="data">The results.</param>
    /// <param name="models">Models, to re-run a representative replication and describe parameters (unknown models get a page without them).</param>
    /// <exception cref="Experiments.InputException">The manifest's parameters are not valid for the model.</exception>
    public static string Build(ReportData data, ModelCatalog models)
    {
        models.TryGet(data.Model, out IModelFactory? factory);
        string[] policyNames = data.Policies.Select(p => p.Name).ToArray();
        Headline headline = HeadlineWriter.For(data.Comparisons, data.Summary, policyNames);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<link rel=\"icon\" href=\"data:,\">\n");
        html.Append($"<title>TeamSim: {Html.Text(data.ScenarioName)}</title>\n<style>\n{ReportStyle.Css}\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<p class=\"kicker\">TeamSim classroom report</p>\n");
        html.Append($"<h1>{Html.Text(data.ScenarioName)}: {Html.Text(string.Join(" vs ", policyNames))}</h1>\n");
        html.Append($"<p class=\"meta\">{data.Policies.Count} leadership {(data.Policies.Count == 1 ? "policy" : "policies")}, {data.Replications} simulated teams each, {data.Ticks} ticks per run, seed {data.Seed}</p>\n</header>\n");

        html.Append("<section class=\"headline\" id=\"headline\">\n<h2>The result</h2>\n");
        html.Append($"<p class=\"headline-text\" data-metric=\"{Html.Text(headline.Metric)}\" data-winner=\"{Html.Text(headline.Winner ?? string.Empty)}\">{Html.Text(headline.Text)}</p>\n");
        if (headline.Paired.Length > 0)
        {
            html.Append($"<p class=\"headline-paired\">{Html.Text(headline.Paired)}</p>\n");
        }

        html.Append("<p class=\"caveat\">The model's parameters are illustrative assumptions, not measurements: the numbers show how the mechanisms can play out, not how large the effect would be in a real team. The 95% confidence interval (CI) says how precisely these simulations pin down the average; it says nothing about real teams.</p>\n</section>\n");

        Simulated(html, data, factory);
        Policies(html, data, factory);
        Outcomes(html, data);
        int figures = OverTime(html, data, factory);
        figures += Paradox(html, data);
        figures += Inside(html, data, models, headline.Metric);
        Parameters(html, data, factory);
        Discussion(html, data, headline);
        Reproduce(html, data);
        html.Append($"<footer>Written by TeamSim {Html.Text(data.Version)}{(data.Commit is null ? string.Empty : " (commit " + Html.Text(data.Commit[..Math.Min(12, data.Commit.Length)]) + ")")} from the CSV files and manifest.json in this folder; {figures} figures.</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Simulated(StringBuilder html, ReportData data, IModelFactory? factory)
    {
        html.Append("<section id=\"simulated\">\n<h2>What was simulated</h2>\n");
        if (factory is ITeamModelFactory team)
        {
            ParameterSet p = RepresentativeRunner.Parameters(factory.Parameters, data.Policies[0], data.Folder);
            int members = team.MembersOf(p);
            html.Append($"<p>A team of {members} people (a leader and {members - 1} members) with different expertise in {team.DomainsOf(p)} areas of knowledge faces a stream of incidents. ");
            html.Append("An incident that stays open grows more severe, and a severe one becomes a crisis. Members can solve incidents, ask each other for help, make errors and either report or hide them; hidden errors can surface later as new incidents. ");
            html.Append("Trust between members and their sense of psychological safety change with what happens: blame makes people hide errors, help that works builds trust.</p>\n");
            html.Append($"<p>Each policy ran {data.Replications} times ({data.Ticks} ticks each). Run number r of every policy met the <em>same</em> team and the <em>same</em> incidents, so the comparison is paired: only the leader's behaviour differs.</p>\n");
        }
        else
        {
            html.Append($"<p>Model <code>{Html.Text(data.Model)}</code>: each policy ran {data.Replications} times ({data.Ticks} ticks each) with paired random numbers (run r of every policy shares its random numbers).</p>\n");
        }

        if (data.Description.Length > 0)
        {
            html.Append($"<p>The scenario's own description:</p>\n<p class=\"scenario-description\">{Html.Text(data.Description)}</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void Policies(StringBuilder html, ReportData data, IModelFactory? factory)
    {
        html.Append("<section id=\"policies\">\n<h2>The policies compared</h2>\n<ul>\n");
        List<string> varied = VariedNames(data);
        for (int i = 0; i < data.Policies.Count; i++)
        {
            ReportPolicy policy = data.Policies[i];
            html.Append($"<li><span class=\"swatch\" style=\"background:{OkabeIto.For(i).ToStringRGB()}\"></span><strong>{Html.Text(policy.Name)}</strong>");
            if (policy.Preset is not null && policy.Preset != policy.Name)
            {
                html.Append($" (starts from the <em>{Html.Text(policy.Preset)}</em> preset)");
            }

            html.Append(": ");
            var values = policy.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
            var parts = new List<string>();
            if (values.TryGetValue("leader.inquiry", out string? inquiry))
            {
                parts.Add($"the leader asks who knows about up to {Percent(inquiry)} of incidents (less often as she learns who knows what); the work starts at once and moves if the answers name someone better");
            }

            if (values.TryGetValue("leader.direction", out string? direction))
            {
                parts.Add($"tells people how to do the work with weight {Html.Text(direction)} where she believes she knows better (which helps when she does and hurts when she does not)");
            }

            if (values.TryGetValue("leader.delegation", out string? delegation))
            {
                parts.Add($"hands {Percent(delegation)} of incidents to others rather than keeping them");
            }

            if (values.TryGetValue("leader.blame", out string? blame))
            {
                parts.Add($"blames {Percent(blame)} of reported errors (and treats the rest as something to learn from)");
            }

            if (values.TryGetValue("leader.takeover", out string? takeover))
            {
                parts.Add(takeover == "true"
                    ? $"takes full control when pressure exceeds {Html.Text(values.GetValueOrDefault("leader.crisis_threshold", "?"))}"
                    : "never takes over");
            }

            html.Append(Html.Text(string.Join("; ", parts)));
            string[] others = varied.Where(v => !v.StartsWith("leader.", StringComparison.Ordinal)).ToArray();
            if (others.Length > 0)
            {
                html.Append(Html.Text((parts.Count > 0 ? "; " : string.Empty) + string.Join(", ", others.Select(o => $"{o} = {values.GetValueOrDefault(o, "?")}"))));
            }

            html.Append(".</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void Outcomes(StringBuilder html, ReportData data)
    {
        string[] metrics = KeyOutcomes.Where(m => data.Summary.Any(r => r.Metric == m)).ToArray();
        if (metrics.Length == 0)
        {
            metrics = data.Summary.Select(r => r.Metric).Distinct().Take(8).ToArray();
        }

        html.Append("<section id=\"outcomes\">\n<h2>Key outcomes per run</h2>\n<table>\n<thead><tr><th>outcome</th>");
        foreach (ReportPolicy p in data.Policies)
        {
            html.Append($"<th>{Html.Text(p.Name)}</th>");
        }

        html.Append("<th>better is</th></tr></thead>\n<tbody>\n");
        foreach (string metric in metrics)
        {
            html.Append($"<tr><td>{Html.Text(HeadlineWriter.Label(metric))}</td>");
            bool lower = false;
            foreach (ReportPolicy p in data.Policies)
            {
                SummaryRow? row = data.SummaryOf(p.Name, metric);
                lower = row?.LowerIsBetter ?? lower;
                html.Append(row is null
                    ? "<td class=\"num\">&#8211;</td>"
                    : double.IsNaN(row.CiLow)
                        ? $"<td class=\"num\">{Format(row.Mean)}<br><span class=\"ci\">n = {row.N}, no interval</span></td>"
                        : $"<td class=\"num\">{Format(row.Mean)}<br><span class=\"ci\">95% CI {Format(row.CiLow)} to {Format(row.CiHigh)}</span></td>");
            }

            html.Append($"<td>{(lower ? "lower" : "higher")}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static int OverTime(StringBuilder html, ReportData data, IModelFactory? factory)
    {
        html.Append("<section id=\"over-time\">\n<h2>How it unfolded over time</h2>\n");
        int count = 0;
        foreach ((string metric, string id, string title, string axis, string caption) in TimeSeriesFigures)
        {
            string? svg = ReportFigures.TimeSeries(data, metric, title, axis, TickBounds(factory, metric), "fig-" + id);
            if (svg is null)
            {
                continue;
            }

            Figure(html, id, svg, caption);
            count++;
        }

        if (count == 0)
        {
            // Another model: draw its first per-tick metrics.
            foreach (string metric in data.Series.SelectMany(s => s.Keys).Distinct().Take(3))
            {
                string? svg = ReportFigures.TimeSeries(data, metric, HeadlineWriter.Label(metric), HeadlineWriter.Label(metric), TickBounds(factory, metric), "fig-" + count);
                if (svg is not null)
                {
                    Figure(html, "series-" + count, svg, "Mean over all runs with its 95% confidence band.");
                    count++;
                }
            }
        }

        html.Append("</section>\n");
        return count;
    }

    /// <summary>The range of a per-tick metric of the model; unbounded when the model is unknown.</summary>
    internal static MetricBounds TickBounds(IModelFactory? factory, string metric)
    {
        int index = factory is null ? -1 : factory.TickMetrics.IndexOfName(metric);
        return index >= 0 ? factory!.TickMetrics[index].Bounds : MetricBounds.Unbounded;
    }

    private static int Paradox(StringBuilder html, ReportData data)
    {
        string? svg = ReportFigures.ReportingParadox(data, "fig-paradox");
        if (svg is null)
        {
            return 0;
        }

        html.Append("<section id=\"paradox\">\n<h2>The reporting paradox</h2>\n");
        var made = data.Policies.Select(p => data.SummaryOf(p.Name, "errors_made")!).ToArray();
        var reported = data.Policies.Select(p => data.SummaryOf(p.Name, "errors_reported")!).ToArray();
        int fewestReports = Enumerable.Range(0, made.Length).OrderBy(i => reported[i].Mean).First();
        int fewestErrors = Enumerable.Range(0, made.Length).OrderBy(i => made[i].Mean).First();
        html.Append("<p>A leader who judges a team by its error reports sees only the errors people admit. ");
        if (data.Policies.Count > 1 && fewestReports != fewestErrors)
        {
            html.Append($"Here the <strong>{Html.Text(data.Policies[fewestReports].Name)}</strong> teams reported the fewest errors ({Format(reported[fewestReports].Mean)} per run) ");
            html.Append($"but actually made {Format(made[fewestReports].Mean)}, while the <strong>{Html.Text(data.Policies[fewestErrors].Name)}</strong> teams made the fewest ({Format(made[fewestErrors].Mean)}) and reported {Format(reported[fewestErrors].Mean)}. ");
            html.Append("Counting reports would pick the wrong team.</p>\n");
        }
        else
        {
            for (int i = 0; i < made.Length; i++)
            {
                html.Append($"{Html.Text(data.Policies[i].Name)}: {Format(made[i].Mean)} errors made, {Format(reported[i].Mean)} reported ({Format(100 * reported[i].Mean / Math.Max(1e-9, made[i].Mean))}%). ");
            }

            html.Append("</p>\n");
        }

        Figure(html, "paradox", svg, "Pale bars: errors the team really made (the simulation knows). Solid bars: errors someone reported. The gap between them is hidden errors, which can surface later as new incidents.");
        html.Append("</section>\n");
        return 1;
    }

    private static int Inside(StringBuilder html, ReportData data, ModelCatalog models, string metric)
    {
        html.Append("<section id=\"inside\">\n<h2>Inside one team</h2>\n");
        int shared = RepresentativeRunner.PairedReplication(data, metric);
        string label = Html.Text(HeadlineWriter.Label(metric));
        if (data.Policies.Count >= 2)
        {
            html.Append($"<p>One simulated team (the same members meeting the same incidents) was run again under each leader and watched closely: who trusted whom, who asked whom for help in the first and the last {Format(RepresentativeRunner.WindowShare * 100)}% of the run, and what happened when. It is the run whose difference in {label} between {Html.Text(data.Policies[1].Name)} and {Html.Text(data.Policies[0].Name)} is closest to the median difference: a typical gap, not the most striking one.</p>\n");
        }
        else
        {
            html.Append($"<p>The simulated team with the median {label} was run again and watched closely: who trusted whom, who asked whom for help in the first and the last {Format(RepresentativeRunner.WindowShare * 100)}% of the run, and what happened when.</p>\n");
        }

        int count = 0;
        for (int p = 0; p < data.Policies.Count; p++)
        {
            RepresentativeRun? run = RepresentativeRunner.Run(data, models, p, metric, shared >= 0 ? shared : null);
            string name = Html.Text(data.Policies[p].Name);
            html.Append($"<h3>A typical {name}-led team (run {run?.Replication.ToString(CultureInfo.InvariantCulture) ?? "?"})</h3>\n");
            if (run is null)
            {
                html.Append("<p>This run could not be repeated here (the model is not built into this TeamSim).</p>\n");
                continue;
            }

            double[] values = data.RunValues[p][metric];
            int medianRun = RepresentativeRunner.MedianReplication(values);
            double median = medianRun >= 0 ? values[medianRun] : double.NaN;
            html.Append($"<p>Its {label} was {Format(run.Recorded)}; the median of the {data.Replications} {name}-led teams was {Format(median)}.");
            if (!run.Reproduced)
            {
                html.Append($" <span class=\"note\">Re-running it here gave {Format(run.Rerun)}: this TeamSim differs from the one that wrote the results, so the pictures below may not match the numbers above.</span>");
            }

            html.Append("</p>\n");
            if (run.Early is not null && run.Late is not null)
            {
                Figure(html, "network-" + p, NetworkSvg.Draw(run.Early, run.Late, data.Policies[p].Name, "net" + p),
                    $"Who trusted whom and who asked whom for help in a typical {name}-led team, early (left) and late (right) in the run. L is the leader; node colour is each member's strongest area of knowledge.");
                count++;
            }
            else
            {
                html.Append($"<p>The team is too large to draw (more than {RepresentativeRunner.MaxDrawnMembers} members) or the model has no trust network.</p>\n");
            }

            Figure(html, "timeline-" + p, TimelineSvg.Draw(run),
                $"Timeline of the same {name}-led run: incidents open over time, crises, errors (filled = reported, open = concealed), how the leader responded to reported errors (purple = blame, green = learning), reviews, leader takeovers (shaded) and absences.");
            count++;
        }

        html.Append("</section>\n");
        return count;
    }

    private static void Parameters(StringBuilder html, ReportData data, IModelFactory? factory)
    {
        html.Append("<section id=\"parameters\">\n<h2>The parameters used</h2>\n");
        html.Append("<p>Every number below is an assumption chosen to illustrate the mechanisms, not a measurement of real teams. Highlighted rows differ between the policies.");
        if (data.ScenarioValues.Count > 0)
        {
            html.Append(" The scenario set: " + Html.Text(string.Join(", ", data.ScenarioValues.Select(v => $"{v.Key} = {v.Value}"))) + ".");
        }

        html.Append("</p>\n");
        List<string> varied = VariedNames(data);
        var scenarioSet = new HashSet<string>(data.ScenarioValues.Select(v => v.Key), StringComparer.Ordinal);
        string[] names = data.Policies[0].Values.Select(v => v.Key).ToArray();
        string[] shown = names.Where(n => varied.Contains(n) || scenarioSet.Contains(n)).ToArray();
        ParameterTable(html, data, factory, shown, varied);
        html.Append($"<details>\n<summary>All {names.Length} parameters</summary>\n");
        ParameterTable(html, data, factory, names, varied);
        html.Append("</details>\n</section>\n");
    }

    private static void ParameterTable(StringBuilder html, ReportData data, IModelFactory? factory, string[] names, List<string> varied)
    {
        if (names.Length == 0)
        {
            return;
        }

        html.Append("<table>\n<thead><tr><th>parameter</th>");
        foreach (ReportPolicy p in data.Policies)
        {
            html.Append($"<th>{Html.Text(p.Name)}</th>");
        }

        html.Append("<th>meaning</th></tr></thead>\n<tbody>\n");
        foreach (string name in names)
        {
            html.Append(varied.Contains(name) ? "<tr class=\"varies\">" : "<tr>");
            html.Append($"<td><code>{Html.Text(name)}</code></td>");
            foreach (ReportPolicy p in data.Policies)
            {
                html.Append($"<td class=\"num\">{Html.Text(p.Values.FirstOrDefault(v => v.Key == name).Value ?? string.Empty)}</td>");
            }

            string meaning = factory is not null && factory.Parameters.TryGet(name, out ParameterSpec spec) ? spec.Description : string.Empty;
            html.Append($"<td>{Html.Text(meaning)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Discussion(StringBuilder html, ReportData data, Headline headline)
    {
        html.Append("<section id=\"discussion\">\n<h2>Questions for discussion</h2>\n<ol class=\"questions\">\n");
        if (headline.Winner is not null && headline.Other is not null)
        {
            html.Append($"<li>The {Html.Text(headline.Winner)}-led teams did better on {Html.Text(HeadlineWriter.Label(headline.Metric))}. Which mechanisms in the timeline and the network pictures could explain that? Which would you want to see in a real team before believing it?</li>\n");
        }
        else
        {
            html.Append("<li>The difference between the policies is not clear here. What would have to change in the situation (the incidents, the leader's expertise, the team) for one policy to pull ahead?</li>\n");
        }

        if (data.Summary.Any(r => r.Metric == "errors_reported"))
        {
            html.Append("<li>Look at the reporting paradox. Why might a leader who counts error reports conclude that the wrong team is doing well? What would you measure instead?</li>\n");
        }

        html.Append("<li>In the network pictures, who do members ask for help late in the run: the person who knows, the most senior person, or nobody? How does that change from early to late?</li>\n");
        html.Append("<li>Find a moment in a timeline where the leader took over. What happened to open incidents and to error reporting before and after?</li>\n");
        html.Append("<li>When could commanding be the better choice? Think of a routine drill with an expert leader (try <code>teamsim run routine-drill</code>), or a real emergency.</li>\n");
        html.Append("<li>Every parameter is an assumption. Which one would you most want to measure in a real team, and how would you do it?</li>\n");
        html.Append("</ol>\n</section>\n");
    }

    private static void Reproduce(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"reproduce\">\n<h2>How to reproduce this</h2>\n");
        string command = data.CommandLine.Count > 0 ? "teamsim " + string.Join(' ', data.CommandLine.Select(Quote)) : $"teamsim run {Quote(data.Source.StartsWith("built-in:", StringComparison.Ordinal) ? data.ScenarioName : data.Source)} --seed {data.Seed}";
        html.Append("<p>The exact command that produced these results (same seed, same numbers on any computer and any number of threads):</p>\n");
        html.Append($"<pre><code>{Html.Text(command)}</code></pre>\n");
        html.Append("<p>From a fresh clone of TeamSim (needs the .NET 10 SDK), write <code>dotnet run --project src/TeamSim.Cli -c Release --</code> in place of <code>teamsim</code>. To redraw this page from the CSV files in this folder:</p>\n");
        html.Append($"<pre><code>{Html.Text("teamsim report " + Quote(data.Folder))}</code></pre>\n");
        html.Append($"<p>Scenario source: <code>{Html.Text(data.Source)}</code>; master seed {data.Seed}; run r of every policy uses the random numbers RunSeeds(seed, 0, r). The numbers behind every figure are in runs.csv, timeseries.csv, summary.csv and comparison.csv next to this file (docs/OUTPUTS.md explains each column).</p>\n");
        html.Append("</section>\n");
    }

    private static void Figure(StringBuilder html, string id, string svg, string caption)
    {
        html.Append($"<figure id=\"fig-{Html.Text(id)}\" data-figure=\"{Html.Text(id)}\">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n");
    }

    private static List<string> VariedNames(ReportData data)
    {
        var varied = new List<string>();
        foreach (KeyValuePair<string, string> v in data.Policies[0].Values)
        {
            if (data.Policies.Any(p => p.Values.FirstOrDefault(x => x.Key == v.Key).Value != v.Value))
            {
                varied.Add(v.Key);
            }
        }

        return varied;
    }

    private static string Percent(string probability) =>
        double.TryParse(probability, NumberStyles.Float, CultureInfo.InvariantCulture, out double p)
            ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%"
            : probability;

    /// <summary>Three significant figures, invariant culture.</summary>
    private static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        double magnitude = Math.Abs(value);
        string format = magnitude >= 100 ? "#,0" : magnitude >= 10 ? "0.#" : magnitude >= 1 ? "0.##" : "0.###";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or '+' or ',')
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
