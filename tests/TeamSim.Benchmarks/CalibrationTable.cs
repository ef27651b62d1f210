using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.Statistics;
using TeamSim.Analysis.Statistics;
using TeamSim.Experiments.Scenarios;
using static TeamSim.Benchmarks.CalibrationText;

namespace TeamSim.Benchmarks;

/// <summary>
/// <c>calibration [--replications N] [--write PATH]</c>: computes the measured column of the
/// targets table of docs/CALIBRATION.md from the team model, each row with the settings, seeds and
/// replications the row names, and prints one line <c>| row-id | measured |</c> a row; with
/// <c>--write</c> it replaces the measured cells of that file in place.
/// </summary>
/// <remarks>
/// Runs are seeded like <c>teamsim run</c> (replication r uses <c>RunSeeds(seed, 0, r)</c>) and
/// their parameters resolved in its order (defaults, scenario, preset, policy, overrides), so the
/// numbers are those of the commands listed at the end of docs/CALIBRATION.md. Rows run with
/// <see cref="DefaultReplications"/> replications, or N; rows that name fewer (the calm-load bound,
/// the classroom scenario) keep theirs unless N is smaller. A row run with other replications than
/// it names says "(n = N)". Differences are paired, with 95% t intervals (<see cref="PairedContrast"/>).
/// </remarks>
internal sealed class CalibrationTable
{
    /// <summary>Replications of a row that names none but the page's default.</summary>
    public const int DefaultReplications = 400;

    private const string Usage = "usage: calibration [--replications N] [--write PATH]";

    private static readonly (string, double)[] Ward =
    [
        ("incidents.novelty", 0.3), ("errors.rate", 0.1), ("errors.latent_hazard", 0.02),
        ("errors.latent_severity", 2.5), ("errors.protocol", 1),
    ];

    private static readonly (string, double)[] ExpertLeaderNoviceTeam =
        [("leader.expertise", 0.9), ("team.primary_alpha", 2), ("team.primary_beta", 6)];

    private readonly CalibrationRunner _runner = new();
    private readonly int _replications;

    private CalibrationTable(int replications) => _replications = replications;

    /// <summary>Runs the command; 0 on success, 1 when a run or the write fails, 2 on bad arguments.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        int replications = DefaultReplications;
        string? write = null;
        for (int i = 0; i < args.Count; i++)
        {
            string value = i + 1 < args.Count ? args[i + 1] : string.Empty;
            switch (args[i])
            {
                case "--replications" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 2:
                    replications = n;
                    i++;
                    break;
                case "--write" when value.Length > 0:
                    write = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"calibration: bad argument '{args[i]}' (--replications needs an integer >= 2, --write a path)");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        try
        {
            if (write is not null && !File.Exists(write))
            {
                throw new FileNotFoundException($"no such file: {write}");
            }

            var clock = Stopwatch.StartNew();
            var table = new CalibrationTable(replications);
            IReadOnlyList<CalibrationRow> rows = table.Rows();
            foreach (CalibrationRow row in rows)
            {
                Console.WriteLine($"| {row.Id} | {row.Measured} |");
            }

            if (write is not null)
            {
                CalibrationDocument.Write(write, rows);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"calibration: {rows.Count} rows, {table._runner.Runs:N0} runs, {clock.Elapsed.TotalSeconds:F1} s{(write is null ? string.Empty : ", written to " + write)}"));
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"calibration failed: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(e.StackTrace);
            return 1;
        }
    }

    private IReadOnlyList<CalibrationRow> Rows() =>
    [
        Reviews(),
        ReportingParadox(),
        LeaderExpertiseFlip(),
        TeamExperienceFlip(),
        Severity(),
        NoveltyFlip(),
        Lorinkova(),
        LoadInvertedU(),
        Rotation(),
        Help(out CalibrationRow trusted),
        trusted,
        Takeover(),
        CalmLoad(),
    ];

    private CalibrationRow LoadInvertedU()
    {
        // The setting of the pattern test: no takeover or asking, hard incidents (difficulty
        // 0.5-0.7), milder arousal drivers; 60 replications of 300 ticks a load, seed 11.
        double[] rates = [0.2, 0.3, 0.5, 0.8, 1.2, 2.0, 3.0];
        int n = Math.Min(60, _replications);
        (string, double)[] setting =
        [
            ("leader.takeover", 0), ("leader.inquiry", 0), ("incidents.difficulty_min", 0.5),
            ("incidents.difficulty_max", 0.7), ("arousal.pressure", 0.3), ("arousal.load", 0.03),
        ];
        double[] Curve(double novelty) => rates
            .Select(r => Mean(_runner.Run(new CalibrationSetting(11, 300, null, [], [], []).WithSet([.. setting, ("incidents.novelty", novelty), ("incidents.rate", r)]), n), "throughput"))
            .ToArray();

        double[] novel = Curve(1), routine = Curve(0);
        string Peak(double[] curve) => Fixed(rates[Array.IndexOf(curve, curve.Max())], 1);
        string Shape(double[] curve) => string.Join(", ", curve.Select(v => Fixed(v, 4)));
        return Row("load-inverted-u", "Throughput against load is an inverted U", n, 60,
            $"throughput (resolved per member-tick) at arrival rates {string.Join(", ", rates.Select(r => Fixed(r, 1)))}: novel {Shape(novel)} (peak at {Peak(novel)}, " +
            $"{Percent(1 - (novel[^1] / novel.Max()))} below it at 3.0); routine {Shape(routine)} (peak at {Peak(routine)}); 60 replications of 300 ticks a point, seed 11");
    }

    private CalibrationRow Reviews()
    {
        int n = _replications;
        CalibrationSetting none = CalibrationSetting.Of(3, "inquiry").WithScenario(Ward);
        double[][] without = _runner.Run(none, n);
        double[][] with = _runner.Run(none.WithPolicy(("practices.review_interval", 40)), n);
        PairedContrast effect = Contrast(without, with, "total_damage");
        double knowledgeWith = Mean(with, "final_team_knowledge");
        double knowledgeWithout = Mean(without, "final_team_knowledge");
        return Row("reviews", "Post-action reviews improve team performance", n, DefaultReplications,
            $"{Fixed(100 * effect.MeanDifference / effect.MeanA, 1)}% of damage: {Interval(effect)} against {Count(effect.MeanA)} without reviews " +
            "(inquiry with the error protocol, reviews every 40 ticks vs none; ward settings below, seed 3); " +
            $"final team knowledge {Fixed(knowledgeWith, 2)} with reviews against {Fixed(knowledgeWithout, 2)} without, {(knowledgeWith < 0.6 ? "far from" : "close to")} saturation");
    }

    private CalibrationRow ReportingParadox()
    {
        // The shipped classroom scenario as 'teamsim run classroom' runs it.
        Scenario classroom = BuiltIn("classroom");
        int n = Math.Min(classroom.Replications, _replications);
        var command = new CalibrationSetting(classroom.Seed, classroom.Ticks, "command", classroom.Parameters, [], []);
        double[][] commanded = _runner.Run(command, n);
        double[][] inquired = _runner.Run(command with { Preset = "inquiry" }, n);
        PairedContrast rate = Contrast(commanded, inquired, "report_rate");
        PairedContrast errors = Contrast(commanded, inquired, "errors_made");
        return Row("reporting-paradox", "The reporting paradox", n, classroom.Replications,
            $"classroom: report rate {Fixed(rate.MeanB, 3)} against {Fixed(rate.MeanA, 3)} ({Signed(rate.MeanDifference, 3)} [{Fixed(rate.CiLow, 3)}, {Fixed(rate.CiHigh, 3)}]); " +
            $"true errors {Count(errors.MeanB)} against {Count(errors.MeanA)} ({Interval(errors)})");
    }

    private CalibrationRow LeaderExpertiseFlip()
    {
        PairedContrast expert = CommandAgainstInquiry(1, ("leader.expertise", 0.9));
        PairedContrast novice = CommandAgainstInquiry(1, ("leader.expertise", 0));
        return Row("leader-expertise-flip", "The winner flips with the leader's expertise", _replications, DefaultReplications,
            $"leader expertise 0.9: {Less(expert, "command", "inquiry")} less damage; leader expertise 0: {Less(novice, "command", "inquiry")} less (default scenario, seed 1)");
    }

    private CalibrationRow TeamExperienceFlip()
    {
        PairedContrast novice = CommandAgainstInquiry(1, ExpertLeaderNoviceTeam);
        PairedContrast experienced = CommandAgainstInquiry(1,
            ("leader.expertise", 0.9), ("team.primary_alpha", 12), ("team.primary_beta", 1), ("team.other_alpha", 6), ("team.other_beta", 2));
        return Row("team-experience-flip", "Directive leadership is more effective with an inexperienced team", _replications, DefaultReplications,
            $"expert leader (0.9) and novice team (primary expertise Beta(2,6)): {Less(novice, "command", "inquiry")} less damage; " +
            $"experienced team (Beta(12,1), others Beta(6,2)): {Less(experienced, "command", "inquiry")} less");
    }

    private CalibrationRow Severity()
    {
        (double[] Logs, double Ahead) Gap(double growth)
        {
            CalibrationSetting command = CalibrationSetting.Of(1, "command", ("leader.expertise", 0.9), ("incidents.severity_growth", growth));
            double[] c = Damage(_runner.Run(command, _replications));
            double[] i = Damage(_runner.Run(command with { Preset = "inquiry" }, _replications));
            return (i.Zip(c, (a, b) => Math.Log(a / b)).ToArray(), 1 - (c.Mean() / i.Mean()));
        }

        var (slow, slowAhead) = Gap(0.01);
        var (fast, fastAhead) = Gap(0.25);
        PairedContrast growth = PairedContrast.Of(slow, fast);

        PairedContrast ordinarySlow = CommandAgainstInquiry(1, ("incidents.severity_growth", 0.01));
        PairedContrast ordinaryFast = CommandAgainstInquiry(1, ("incidents.severity_growth", 0.25));
        string ordinary = ordinarySlow.MeanDifference < 0 && ordinaryFast.MeanDifference < 0
            ? $"with an ordinary-specialist leader inquiry wins at both ends (by {Turned(ordinarySlow)} at g = 0.01 and {Turned(ordinaryFast)} at g = 0.25), " +
              "so severity moderates the gap but flips it only with an expert leader"
            : $"with an ordinary-specialist leader: {Less(ordinarySlow, "command", "inquiry")} less damage at g = 0.01, {Less(ordinaryFast, "command", "inquiry")} less at g = 0.25";

        // "Ahead" is on mean damage: 1 - mean command damage / mean inquiry damage.
        return Row("severity", "Directive leadership is more effective under high severity", _replications, DefaultReplications,
            $"with an expert leader (0.9): log(inquiry damage / command damage) per replication {Interval3(MeanOf(slow))} at g = 0.01 and {Interval3(MeanOf(fast))} at g = 0.25, " +
            $"growth {Interval3(growth)} (command {Percent(slowAhead)} and {Percent(fastAhead)} ahead); {ordinary}");
    }

    private CalibrationRow NoveltyFlip()
    {
        PairedContrast routine = CommandAgainstInquiry(1, ("incidents.novelty", 0));
        PairedContrast novel = CommandAgainstInquiry(1, ("incidents.novelty", 1));
        const string Expert = "with an expert leader command wins on routine work (`routine-drill`)";
        string text = routine.MeanDifference < 0 && novel.MeanDifference < 0
            ? $"not reproduced with an ordinary-specialist leader: inquiry wins by {Turned(routine)} at novelty 0 and by {Turned(novel)} at novelty 1; {Expert}"
            : $"with an ordinary-specialist leader: {Less(routine, "command", "inquiry")} less damage at novelty 0, {Less(novel, "command", "inquiry")} less at novelty 1; {Expert}";
        return Row("novelty-flip", "The winner flips with novelty", _replications, DefaultReplications, text);
    }

    private CalibrationRow Lorinkova()
    {
        var (early, late) = Windows(ExpertLeaderNoviceTeam);
        var (earlyKo, lateKo) = Windows([.. ExpertLeaderNoviceTeam, ("ablate.learning", 1)]);
        PairedContrast catchUp = PairedContrast.Of(late, early);
        PairedContrast catchUpKo = PairedContrast.Of(lateKo, earlyKo);
        PairedContrast learning = PairedContrast.Of(Differences(earlyKo, lateKo), Differences(early, late));
        return Row("lorinkova", "Directive-led teams start ahead", _replications, DefaultReplications,
            $"expert leader, novice team: log(inquiry damage / command damage) {Interval3(MeanOf(early))} in ticks 0-100 and {Interval3(MeanOf(late))} in ticks 400-500 " +
            $"(catch-up {Interval3(catchUp)}); with learning ablated the catch-up is {Interval3(catchUpKo)}, so learning accounts for {Interval3(learning)} " +
            "(the rest is the leader's directory learning who knows what)");
    }

    private CalibrationRow Rotation()
    {
        int n = _replications;
        CalibrationSetting none = CalibrationSetting.Of(5, "inquiry").WithScenario(("incidents.rate", 0.45), ("team.domains", 6));
        CalibrationSetting absent = none.WithPolicy(("absence.top_expert_domain", 3), ("absence.start", 150), ("absence.duration", 250));
        (string, double) rotation = ("practices.rotation_interval", 50);
        double[] abs = Damage(_runner.Run(absent, n)), absRot = Damage(_runner.Run(absent.WithPolicy(rotation), n));
        double[] noAbs = Damage(_runner.Run(none, n)), noAbsRot = Damage(_runner.Run(none.WithPolicy(rotation), n));
        double[] benefitAbsent = Differences(absRot, abs), benefitPresent = Differences(noAbsRot, noAbs);
        PairedContrast difference = PairedContrast.Of(benefitPresent, benefitAbsent);
        double median = Differences(benefitAbsent, benefitPresent).Median();
        return Row("rotation", "Role rotation builds resilience", n, DefaultReplications,
            $"eight members over six domains, absence of domain 3's only specialist (ticks 150-400), inquiry, seed 5, {n} replications: " +
            $"rotation's benefit {Interval(PairedContrast.Of(abs, absRot))} with the absence, {Interval(PairedContrast.Of(noAbs, noAbsRot))} without; " +
            $"difference {Interval(difference)} (median {Count(median)}); the absence costs {Interval(PairedContrast.Of(noAbs, abs))} without rotation");
    }

    private CalibrationRow Help(out CalibrationRow trusted)
    {
        int n = _replications;
        CalibrationSetting helped = CalibrationSetting.Of(4, "inquiry").WithScenario(("incidents.novelty", 0.8));
        double[][] withHelp = _runner.Run(helped, n);
        double[][] alone = _runner.Run(helped.WithPolicy(("ablate.help", 1)), n);
        double[][] commanded = _runner.Run(helped with { Preset = "command" }, n);
        PairedContrast effect = Contrast(withHelp, alone, "total_damage");
        string cost = effect.MeanDifference >= 0
            ? $"{Interval(effect)} more"
            : $"{Turned(effect)} less";
        double requests = Mean(withHelp, "help_requests"), successes = Mean(withHelp, "help_success");
        trusted = Row("help-trusted", "Help goes to the trusted rather than the senior", n, DefaultReplications,
            $"`help_to_trusted_share` {Fixed(Mean(withHelp, "help_to_trusted_share"), 2)} (inquiry) and {Fixed(Mean(commanded, "help_to_trusted_share"), 2)} (command) in the help runs above");
        return Row("help", "People who err seek guidance", n, DefaultReplications,
            $"novelty 0.8, inquiry, seed 4, {n} replications: without help {cost} damage " +
            $"(medians {Count(Damage(alone).Median())} and {Count(Damage(withHelp).Median())}); " +
            $"{Percent(successes / requests)} of requests work ({Count(successes)} of {Count(requests)})");
    }

    private CalibrationRow Takeover()
    {
        int n = _replications;
        PairedContrast Cost(CalibrationSetting inquiry) =>
            Contrast(_runner.Run(inquiry, n), _runner.Run(inquiry with { Preset = "crisis-command" }, n), "total_damage");
        CalibrationSetting calm = CalibrationSetting.Of(2, "inquiry").WithSet(("incidents.rate", 0.4));
        CalibrationSetting busy = calm.WithSet(("incidents.rate", 0.7));
        Scenario crisis = BuiltIn("escalating-crisis");
        var ramp = new CalibrationSetting(2, crisis.Ticks, "inquiry", crisis.Parameters, [], []);

        PairedContrast at04 = Cost(calm), at07 = Cost(busy);
        PairedContrast novel = Cost(busy.WithSet(("incidents.novelty", 1))), routine = Cost(busy.WithSet(("incidents.novelty", 0)));
        PairedContrast expert = Cost(busy.WithSet(("leader.expertise", 0.9))), ramped = Cost(ramp);
        string first = Clear(at04)
            ? $"at 0.4 arrivals takeover costs {Interval(at04)}"
            : $"no clear difference at 0.4 arrivals ({Interval(at04)})";
        string[] helps = new[]
        {
            (at04, "at 0.4 arrivals"), (at07, "at 0.7 arrivals"), (novel, "on novel work"), (routine, "on routine work"),
            (expert, "with an expert leader"), (ramped, "on the ramp"),
        }.Where(s => s.Item1.CiHigh < 0).Select(s => s.Item2).ToArray();
        string verdict = helps.Length == 0 ? "Takeover helps in none of these settings" : $"Takeover helps {string.Join(", ", helps)}";
        return Row("takeover", "Under threat a commanding leader centralises", n, DefaultReplications,
            $"crisis-command against inquiry (seed 2, {n} replications): {first}; at 0.7 arrivals takeover costs {Interval(at07)} " +
            $"({(100 * at07.MeanDifference / at07.MeanA).ToString("+0;-0", CultureInfo.InvariantCulture)}%), {Interval(novel)} on novel work (novelty 1), " +
            $"{Interval(routine)} on routine work (novelty 0), {Interval(expert)} with an expert leader; on the `escalating-crisis` ramp {Interval(ramped)}. {verdict}");
    }

    private CalibrationRow CalmLoad()
    {
        const int Named = 200;
        int n = Math.Min(Named, _replications);
        CalibrationSetting command = CalibrationSetting.Of(1, "command").WithSet(("incidents.rate", 0.3));
        double[] commanded = ShareResolved(_runner.Run(command, n));
        double[] inquired = ShareResolved(_runner.Run(command with { Preset = "inquiry" }, n));
        string medianCommand = Fixed(commanded.Median(), 3), medianInquiry = Fixed(inquired.Median(), 3);
        string medians = medianCommand == medianInquiry
            ? $"median {medianCommand} under both command and inquiry"
            : $"median {medianCommand} under command and {medianInquiry} under inquiry";
        double below = commanded.Count(s => s < 0.9) / (double)commanded.Length;
        return Row("calm-load", "Plausibility at calm load", n, Named,
            $"{medians} ({n} replications, seed 1); {Percent(below)} of command runs resolve less than 90%");
    }

    /// <summary>Paired damage, inquiry - command, at <paramref name="seed"/> with <c>--set</c> overrides: positive when command does less.</summary>
    private PairedContrast CommandAgainstInquiry(ulong seed, params (string, double)[] overrides)
    {
        CalibrationSetting command = CalibrationSetting.Of(seed, "command", overrides);
        return Contrast(_runner.Run(command, _replications), _runner.Run(command with { Preset = "inquiry" }, _replications), "total_damage");
    }

    /// <summary>
    /// Per replication log(inquiry damage / command damage) in ticks 0-100 and in ticks 400-500 of
    /// the default scenario, seed 1. A run of 100 or 400 ticks is an exact prefix of the run of 500
    /// with the same seeds, so a window's damage is a difference of total damages.
    /// </summary>
    private (double[] Early, double[] Late) Windows((string, double)[] overrides)
    {
        double[] Total(string preset, int ticks) =>
            Damage(_runner.Run(CalibrationSetting.Of(1, preset, overrides) with { Ticks = ticks }, _replications));
        double[] i100 = Total("inquiry", 100), i400 = Total("inquiry", 400), i500 = Total("inquiry", 500);
        double[] c100 = Total("command", 100), c400 = Total("command", 400), c500 = Total("command", 500);
        var early = new double[_replications];
        var late = new double[_replications];
        for (int r = 0; r < _replications; r++)
        {
            early[r] = Math.Log(i100[r] / c100[r]);
            late[r] = Math.Log((i500[r] - i400[r]) / (c500[r] - c400[r]));
        }

        return (early, late);
    }

    /// <summary>A shipped scenario (never a file of that name in the working folder).</summary>
    private static Scenario BuiltIn(string name) =>
        ScenarioLoader.Default.LoadText(BuiltInScenarios.Text(name), "built-in:" + name);

    private static CalibrationRow Row(string id, string pattern, int replications, int named, string measured) =>
        new(id, pattern, replications == named ? measured : measured + string.Create(CultureInfo.InvariantCulture, $" (n = {replications})"));

    /// <summary>Paired b - a of a run metric.</summary>
    private static PairedContrast Contrast(double[][] a, double[][] b, string metric) =>
        PairedContrast.Of(CalibrationRunner.Column(a, metric), CalibrationRunner.Column(b, metric));

    /// <summary>The mean of per-replication values with its 95% t interval (a paired contrast against 0).</summary>
    private static PairedContrast MeanOf(double[] values) => PairedContrast.Of(new double[values.Length], values);

    private static double Mean(double[][] runs, string metric) =>
        CalibrationRunner.Column(runs, metric).Where(v => !double.IsNaN(v)).Mean();

    private static double[] Damage(double[][] runs) => CalibrationRunner.Column(runs, "total_damage");

    private static double[] Differences(double[] a, double[] b) => a.Zip(b, (x, y) => x - y).ToArray();

    private static double[] ShareResolved(double[][] runs) =>
        CalibrationRunner.Column(runs, "incidents_resolved").Zip(CalibrationRunner.Column(runs, "incidents_arrived"), (r, a) => r / a).ToArray();
}
