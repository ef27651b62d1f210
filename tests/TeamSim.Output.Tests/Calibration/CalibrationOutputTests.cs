using System.Globalization;
using System.Text.Json;
using TeamSim.Experiments;
using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Sweeps;
using TeamSim.Experiments.Tests.Fakes;
using TeamSim.Output.Calibration;

namespace TeamSim.Output.Tests.Calibration;

public sealed class CalibrationOutputTests : IDisposable
{
    private readonly string _dir = TestResults.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static CalibrationDefinition Definition(string value = "30") => new CalibrationLoader((_, _) =>
    {
        var model = new FakeTeamModelFactory();
        return new SweepBase("fake", model, [new SweepPolicy("inquiry", model.Parameters.Defaults())], 20, 3, 9);
    }).LoadText($$"""
        { "name": "fit", "base": "fake", "replications": 2,
          "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 1 }, { "parameter": "leader.blame", "min": 0.01, "max": 1, "scale": "log" } ],
          "targets": [ { "metric": "total_damage", "value": {{value}}, "sd": 1 }, { "metric": "errors_reported", "value": 5, "sd": 1 } ],
          "method": { "particles": 10, "generations": 2 } }
        """, "fit.json", ".");

    [Fact]
    public void Saved_generations_read_back_exactly_and_a_damaged_one_is_named_with_what_to_do()
    {
        CalibrationDefinition definition = Definition();
        CalibrationFolder folder = CalibrationFolder.Prepare(_dir, definition, resume: false, force: false);
        CalibrationOutcome outcome = AbcSmc.Run(definition, folder, threads: 2);

        IReadOnlyList<CalibrationGeneration> read = CalibrationFolder.Prepare(_dir, definition, resume: true, force: false).Completed();

        Assert.Equal(2, read.Count);
        for (int g = 0; g < 2; g++)
        {
            Assert.Equal(outcome.Generations[g].Tolerance, read[g].Tolerance);
            Assert.Equal(outcome.Generations[g].AcceptanceRate, read[g].AcceptanceRate);
            Assert.Equal(outcome.Generations[g].Particles.SelectMany(p => p.Unit.Append(p.Weight).Append(p.Distance).Concat(p.Means)), read[g].Particles.SelectMany(p => p.Unit.Append(p.Weight).Append(p.Distance).Concat(p.Means)));
        }

        string second = Path.Combine(_dir, ".partial", "generation-002.json");
        File.WriteAllText(second, File.ReadAllText(second)[..100]);
        var e = Assert.Throws<InputException>(() => CalibrationFolder.Prepare(_dir, definition, resume: true, force: false));
        Assert.Equal($"{second}: its checksum does not match; the file is truncated or damaged; delete it and its .sha256 to run that generation again, or start over with --force", Assert.Single(e.Problems));
    }

    [Fact]
    public void Resuming_a_folder_of_another_calibration_is_refused()
    {
        CalibrationFolder.Prepare(_dir, Definition("30"), resume: false, force: false);

        var e = Assert.Throws<InputException>(() => CalibrationFolder.Prepare(_dir, Definition("31"), resume: true, force: false));

        Assert.Contains("--resume: the folder holds a different calibration", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_default_folders_claimed_in_the_same_second_are_different_and_the_newest_is_resumed()
    {
        CalibrationDefinition definition = Definition();
        var now = DateTimeOffset.UtcNow;

        string Claim() => StudyFolders.ForStudy(_dir, now, CalibrationFolder.PartialDirectory, resume: false, CalibrationFolder.IsUnfinished, "calibration 'fit'");
        CalibrationFolder a = CalibrationFolder.Prepare(Claim(), definition, resume: false, force: false);
        CalibrationFolder b = CalibrationFolder.Prepare(Claim(), definition, resume: false, force: false);
        string resumed = StudyFolders.ForStudy(_dir, now, CalibrationFolder.PartialDirectory, resume: true, CalibrationFolder.IsUnfinished, "calibration 'fit'");

        Assert.NotEqual(a.Root, b.Root);
        Assert.EndsWith("-2", b.Root, StringComparison.Ordinal);
        Assert.Equal(b.Root, resumed);
        Assert.True(File.Exists(Path.Combine(b.Root, ".partial", CalibrationFolder.StateFile)));
    }

    [Fact]
    public void A_claimed_folder_whose_calibration_never_started_is_not_resumed()
    {
        CalibrationDefinition definition = Definition();
        var now = DateTimeOffset.UtcNow;
        string older = CalibrationFolder.Prepare(StudyFolders.Claim(_dir, now, CalibrationFolder.PartialDirectory), definition, resume: false, force: false).Root;
        StudyFolders.Claim(_dir, now, CalibrationFolder.PartialDirectory); // killed before its state was written

        Assert.Equal(older, StudyFolders.NewestUnfinished(_dir, CalibrationFolder.IsUnfinished));
    }

    [Fact]
    public void A_calibration_manifest_starts_with_the_same_fields_and_values_as_a_run_manifest()
    {
        CalibrationDefinition definition = Definition();
        string calibration = Path.Combine(_dir, "calibration");
        string run = Path.Combine(_dir, "run");
        CalibrationFolder folder = CalibrationFolder.Prepare(calibration, definition, resume: false, force: false);
        CalibrationOutcome outcome = AbcSmc.Run(definition, folder, threads: 1);
        CalibrationCheck check = CalibrationCheck.Run(definition, CalibrationSummary.Of(definition, outcome.Posterior).Medians, threads: 1);
        CalibrationWriter.Write(folder, definition, outcome, check, TestResults.Request(calibration));
        ResultWriter.Write(TestResults.Run(reps: 2, ticks: 5), TestResults.Request(run));

        static string[] Head(string dir)
        {
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
            return manifest.RootElement.EnumerateObject().Take(6).Select(p => $"{p.Name}={p.Value.GetRawText()}").ToArray();
        }

        string[] head = Head(calibration);
        Assert.Equal(["format", "schema_version", "teamsim_version", "git_commit", "created_utc", "command_line"], head.Select(h => h[..h.IndexOf('=', StringComparison.Ordinal)]));
        Assert.Equal(Head(run), head);
    }

    [Fact]
    public void Posterior_csv_writes_invariant_numbers_and_weights_summing_to_one_under_a_comma_culture()
    {
        CalibrationDefinition definition = Definition();
        CalibrationOutcome outcome = AbcSmc.Run(definition, new CalibrationFolderlessStore(), threads: 1);
        Directory.CreateDirectory(_dir);
        string path = Path.Combine(_dir, "posterior.csv");
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture));
            CalibrationWriter.WritePosterior(definition, outcome.Posterior, path);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        string[] lines = File.ReadAllLines(path);
        Assert.Equal("leader.inquiry,leader.blame,weight,distance", lines[0]);
        Assert.Equal(11, lines.Length);
        double[][] rows = lines.Skip(1).Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(1.0, rows.Sum(r => r[2]), 12);
        Assert.All(rows, r => Assert.InRange(r[1], 0.01, 1));
        Assert.Equal(rows.Select(r => r[3]).Order(), rows.Select(r => r[3]));
    }

    [Fact]
    public void Docs_outputs_names_the_columns_of_posterior_csv_and_the_fields_of_calibration_json()
    {
        string docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "OUTPUTS.md"));
        CalibrationDefinition definition = Definition();
        CalibrationFolder folder = CalibrationFolder.Prepare(_dir, definition, resume: false, force: false);
        CalibrationOutcome outcome = AbcSmc.Run(definition, folder, threads: 1);
        CalibrationCheck check = CalibrationCheck.Run(definition, CalibrationSummary.Of(definition, outcome.Posterior).Medians, threads: 1);
        CalibrationWriter.Write(folder, definition, outcome, check, TestResults.Request(_dir));

        var missing = new List<string>();
        foreach (string name in new[] { "posterior.csv", "calibration.json", "weight", "distance" })
        {
            if (!docs.Contains($"`{name}`", StringComparison.Ordinal))
            {
                missing.Add(name);
            }
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "calibration.json")));
        foreach (string key in Keys(json.RootElement))
        {
            if (!docs.Contains($"`{key}`", StringComparison.Ordinal))
            {
                missing.Add("calibration.json:" + key);
            }
        }

        Assert.True(missing.Count == 0, "docs/OUTPUTS.md does not document: " + string.Join(", ", missing));
        Assert.False(Directory.Exists(Path.Combine(_dir, ".partial")));
    }

    /// <summary>Every object key in the document, except parameter paths (dotted, named by the user).</summary>
    private static IEnumerable<string> Keys(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => (p.Name.Contains('.', StringComparison.Ordinal) ? [] : new[] { p.Name }).Concat(Keys(p.Value))).Distinct(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Keys).Distinct(),
        _ => [],
    };

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "TeamSim.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }

    private sealed class CalibrationFolderlessStore : ICalibrationStore
    {
        private readonly List<CalibrationGeneration> _generations = [];

        public IReadOnlyList<CalibrationGeneration> Completed() => _generations;

        public void Save(CalibrationGeneration generation) => _generations.Add(generation);
    }
}
