namespace TeamSim.Output.Report;

/// <summary>The page's stylesheet: large type, high contrast on white, no web fonts (projectors in light rooms, offline use).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #111111; --muted: #444444; --rule: #cccccc; --accent: #0072B2; --warn: #D55E00; }
        * { box-sizing: border-box; }
        html { font-size: 24px; }
        body { margin: 0 auto; max-width: 1280px; padding: 1.2rem 1.6rem 3rem; color: var(--ink); background: #ffffff;
               font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; line-height: 1.45; }
        h1 { font-size: 2.2rem; line-height: 1.15; margin: 0.2rem 0 0.4rem; }
        h2 { font-size: 1.6rem; margin: 2.4rem 0 0.6rem; padding-top: 0.6rem; border-top: 4px solid var(--ink); }
        h3 { font-size: 1.3rem; margin: 1.6rem 0 0.4rem; }
        p, li { max-width: 60rem; }
        .kicker { font-size: 1rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin: 0; }
        .meta { color: var(--muted); margin: 0 0 1rem; }
        .headline { border-left: 14px solid var(--accent); background: #eef5fb; padding: 1rem 1.4rem; margin: 1.2rem 0; }
        .headline h2 { border: none; margin: 0 0 0.3rem; padding: 0; font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
        .headline-text { font-size: 1.75rem; font-weight: bold; line-height: 1.3; margin: 0.2rem 0 0.8rem; max-width: none; }
        .headline-paired { font-size: 1.15rem; line-height: 1.4; margin: 0 0 0.8rem; max-width: none; }
        .caveat { font-size: 1rem; color: var(--ink); margin: 0; max-width: none; }
        .scenario-description { font-size: 1.1rem; border-left: 6px solid var(--rule); padding-left: 1rem; white-space: pre-wrap; }
        figure { margin: 1.2rem 0 2rem; }
        figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption { font-size: 1rem; color: var(--ink); margin-top: 0.5rem; max-width: 60rem; }
        table { border-collapse: collapse; font-size: 0.95rem; margin: 0.8rem 0 1.2rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: 0.35rem 0.8rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.ci { color: var(--muted); font-size: 0.8rem; }
        tr.varies td { background: #fff4e0; }
        .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 2px solid #000; vertical-align: -0.1em; margin-right: 0.35em; }
        code, pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9rem; }
        pre { background: #f4f4f4; border: 1px solid var(--rule); padding: 0.8rem 1rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
        .note { color: var(--warn); font-weight: bold; }
        details summary { cursor: pointer; font-weight: bold; }
        ol.questions li { margin-bottom: 0.7rem; }
        footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); }
        @media print { body { max-width: none; } h2 { break-before: auto; } figure { break-inside: avoid; } }
        """;
}
