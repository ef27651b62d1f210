using TeamSim.Core.Team;
using TeamSim.Experiments.Ablation;
using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;
using TeamSim.Experiments.Tests.Fakes;
using TeamSim.Output.Ablation;

namespace TeamSim.Output.Tests;

public sealed class OutputsDocumentationTests
{
    [Fact]
    public void Docs_outputs_names_every_csv_column_and_every_team_metric()
    {
        string docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "OUTPUTS.md"));
        string dir = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2, events: true), TestResults.Request(dir, events: true));
            var missing = new List<string>();
            foreach (string file in new[] { "runs.csv", "timeseries.csv", "summary.csv", "comparison.csv", "events.csv" })
            {
                foreach (string column in File.ReadLines(Path.Combine(dir, file)).First().Split(','))
                {
                    // Parameter columns are dotted names, documented as a group.
                    if (!column.Contains('.', StringComparison.Ordinal) && !docs.Contains($"`{column}`", StringComparison.Ordinal))
                    {
                        missing.Add($"{file}:{column}");
                    }
                }
            }

            foreach (var metric in TeamMetrics.Tick.Concat(TeamMetrics.Run))
            {
                if (!docs.Contains($"`{metric.Name}`", StringComparison.Ordinal))
                {
                    missing.Add("metric:" + metric.Name);
                }
            }

            Assert.True(missing.Count == 0, "docs/OUTPUTS.md does not document: " + string.Join(", ", missing));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Docs_outputs_names_every_column_of_ablations_csv()
    {
        string docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "OUTPUTS.md"));
        string dir = TestResults.NewFolder();
        try
        {
            var loader = new ScenarioLoader(FakeTeamModelFactory.Catalog());
            Scenario scenario = loader.LoadText("""{ "name": "fake", "ticks": 5, "replications": 2, "seed": 5, "policies": ["command", "inquiry"] }""", "fake.json");
            IReadOnlyList<AblationVariant> variants = AblationPlan.Variants(loader, scenario, ["leader.blame=0"]);
            AblationResult study = AblationRunner.Run(loader, scenario, variants, new RunnerOptions(1));
            AblationWriter.Write(study, TestResults.Request(dir));
            string[] header = File.ReadLines(Path.Combine(dir, AblationCsvWriter.FileName)).First().Split(',');
            Assert.Equal(AblationCsvWriter.Columns, header);
            string[] missing = header.Where(column => !docs.Contains($"`{column}`", StringComparison.Ordinal)).ToArray();
            Assert.True(missing.Length == 0, "docs/OUTPUTS.md does not document ablations.csv: " + string.Join(", ", missing));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "TeamSim.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
