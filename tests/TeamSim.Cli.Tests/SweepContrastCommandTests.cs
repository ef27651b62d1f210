using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

/// <summary>teamsim analyze's paired contrasts against teamsim run's comparison.csv, on the real team model.</summary>
public sealed class SweepContrastCommandTests : IDisposable
{
    private static readonly string[] Shared =
    [
        "n", "mean_a", "mean_b", "mean_difference", "ci95_low", "ci95_high", "d_z", "p_value",
        "median_difference", "prob_superiority", "prob_superiority_ci95_low", "prob_superiority_ci95_high", "better",
    ];

    private readonly string _work = CliRunner.NewFolder();

    public SweepContrastCommandTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string P(string name) => Path.Combine(_work, name);

    private static Dictionary<string, string>[] Table(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToArray();
    }

    [Fact]
    public void Sweep_contrasts_equal_the_comparison_of_teamsim_run_at_the_same_point_and_seed()
    {
        File.WriteAllText(P("sweep.json"), """
            {
              "name": "agree", "base": "classroom", "ticks": 40, "replications": 8, "seed": 11,
              "factors": [ { "parameter": "incidents.novelty", "values": [0.3, 0.7] } ],
              "metrics": ["total_damage", "errors_reported", "final_psych_safety"]
            }
            """);
        Assert.Equal(0, CliRunner.Run(BuiltInModels.Catalog, "sweep", P("sweep.json"), "--out", P("sweep"), "--threads", "2", "--quiet").Code);
        Assert.Equal(0, CliRunner.Run(BuiltInModels.Catalog, "analyze", P("sweep")).Code);
        Dictionary<string, string>[] contrasts = Table(Path.Combine(P("sweep"), "analysis", "contrasts.csv"));
        Assert.Equal(2 * 3, contrasts.Length);

        foreach (string novelty in new[] { "0.3", "0.7" })
        {
            string run = P("run-" + novelty);
            var result = CliRunner.Run(
                BuiltInModels.Catalog, "run", "classroom", "--set", $"incidents.novelty={novelty}", "--ticks", "40", "--replications", "8", "--seed", "11",
                "--out", run, "--no-plots", "--quiet");
            Assert.Equal(0, result.Code);
            foreach (Dictionary<string, string> expected in Table(Path.Combine(run, "comparison.csv")).Where(r => r["metric"] is "total_damage" or "errors_reported" or "final_psych_safety"))
            {
                Dictionary<string, string> actual = contrasts.Single(c => c["incidents.novelty"] == novelty && c["metric"] == expected["metric"]);
                Assert.Equal(("command", "inquiry"), (actual["policy_a"], actual["policy_b"]));
                foreach (string column in Shared)
                {
                    Assert.True(expected[column] == actual[column], $"{expected["metric"]} at novelty {novelty}: {column} is {actual[column]} in contrasts.csv, {expected[column]} in comparison.csv");
                }
            }
        }

        // Not a vacuous match: the policies do differ somewhere.
        Assert.Contains(contrasts, c => c["mean_difference"] != "0" && c["better"] != "neither");
    }
}
