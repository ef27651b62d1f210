using TeamSim.Experiments;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

public sealed class SweepAnalysisTests
{
    private static SweepPlan Plan(SweepDesignSpec design, params Factor[] factors)
    {
        var model = new FakeModelFactory();
        var defaults = model.Parameters.Defaults();
        return new SweepPlan(model, [new SweepPolicy("plain", defaults)], factors, design, 2, 5, 3, [], false, 0);
    }

    private static string[] Rows(string path, string metric) =>
        File.ReadAllLines(path).Where(l => l.StartsWith(metric + ",", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Sobol_analysis_gives_all_variance_of_z_equals_a_times_c_to_a_and_none_to_b()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, Plan(new SweepDesignSpec("sobol", BaseSamples: 256), Factor.Range("a", 0, 1), Factor.Range("b", 0, 10)), threads: 2);

        IReadOnlyList<string> files = SweepAnalysis.Run(tmp.Path, ["z"], new SensitivityOptions(Resamples: 100));

        Assert.Contains(Path.Combine("analysis", "sobol.csv"), files);
        Assert.True(File.Exists(Path.Combine(tmp.Path, "analysis", "plots", "sobol_z_plain.png")));
        string[] rows = Rows(Path.Combine(tmp.Path, "analysis", "sobol.csv"), "z");
        double[] a = rows[0].Split(',')[3..9].Select(double.Parse).ToArray();
        double[] b = rows[1].Split(',')[3..9].Select(double.Parse).ToArray();

        // z does not depend on b at all, so b's estimates are exactly 0 (f(A) = f(AB_b) in every
        // sample); a's indices are 1 up to the estimators' sampling error at N = 256 (about 0.05).
        Assert.InRange(a[0], 0.9, 1.1);
        Assert.InRange(a[3], 0.9, 1.1);
        Assert.Equal(0, b[0], 9);
        Assert.Equal(0, b[3], 9);
    }

    [Fact]
    public void Morris_analysis_finds_the_slope_of_z_in_a_and_no_effect_of_b()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, Plan(new SweepDesignSpec("morris", Trajectories: 10, Levels: 4), Factor.Range("a", 0, 1), Factor.Range("b", 0, 10)), threads: 2);

        SweepAnalysis.Run(tmp.Path, ["z"], new SensitivityOptions(Resamples: 50));

        string[] rows = Rows(Path.Combine(tmp.Path, "analysis", "morris.csv"), "z");
        string[] a = rows[0].Split(',');
        string[] b = rows[1].Split(',');
        Assert.Equal(("a", "10"), (a[2], a[3]));
        Assert.Equal(1, double.Parse(a[4]), 9); // mu: z = a * 1 rises by the whole range of a
        Assert.Equal(0, double.Parse(a[8]), 9); // sigma: a linear effect does not vary
        Assert.Equal(0, double.Parse(b[5]), 9); // mu* of b
        Assert.True(File.Exists(Path.Combine(tmp.Path, "analysis", "plots", "morris_z_plain.png")));
    }

    [Fact]
    public void A_two_factor_grid_gets_heat_maps_and_a_one_factor_grid_response_curves()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Sub("two"), Plan(new SweepDesignSpec("grid"), Factor.List("a", [0.1, 0.5, 0.9]), Factor.Range("b", 0, 10, levels: 3)));
        SweepTestKit.RunInto(tmp.Sub("one"), Plan(new SweepDesignSpec("grid"), Factor.List("a", [0.1, 0.5, 0.9])));

        IReadOnlyList<string> two = SweepAnalysis.Run(tmp.Sub("two"), [], new SensitivityOptions());
        IReadOnlyList<string> one = SweepAnalysis.Run(tmp.Sub("one"), ["y"], new SensitivityOptions());

        Assert.Equal([Path.Combine("analysis", "plots", "heatmap_y_plain.png"), Path.Combine("analysis", "plots", "heatmap_z_plain.png")], two);
        Assert.Equal([Path.Combine("analysis", "plots", "response_y.png")], one);
        Assert.True(new FileInfo(Path.Combine(tmp.Sub("one"), one[0])).Length > 1000);
    }

    [Fact]
    public void Analyze_refuses_an_unknown_metric_and_a_lone_shard()
    {
        using var tmp = new TempDir();
        SweepPlan plan = Plan(new SweepDesignSpec("grid"), Factor.List("a", [0.1, 0.5]));
        SweepTestKit.RunInto(tmp.Sub("whole"), plan);
        SweepTestKit.RunInto(tmp.Sub("shard"), plan, shard: new SweepShard(0, 2));

        var metric = Assert.Throws<InputException>(() => SweepAnalysis.Run(tmp.Sub("whole"), ["damage"], new SensitivityOptions()));
        Assert.Contains("--metric damage: not recorded", metric.Message, StringComparison.Ordinal);
        var shard = Assert.Throws<InputException>(() => SweepAnalysis.Run(tmp.Sub("shard"), [], new SensitivityOptions()));
        Assert.Contains("merge", shard.Message, StringComparison.Ordinal);
    }
}
