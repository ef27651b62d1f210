using System.Globalization;
using System.Text;
using TeamSim.Core.Models;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;
using TeamSim.Experiments.Sweeps;
using TeamSim.Output.Sweeps;

namespace TeamSim.Output.Tests.Sweeps;

public sealed class SweepContrastsTests
{
    private static readonly ModelCatalog Fake = new([new FakeModelFactory()]);

    /// <summary>Two policies of the fake model (y = a + b * noise from the run's seeds), the second noisier unless told.</summary>
    private static SweepPlan Plan(SweepDesignSpec design, bool identical = false, bool independent = false, int replications = 6, params Factor[] factors)
    {
        var model = new FakeModelFactory();
        var defaults = model.Parameters.Defaults();
        SweepPolicy[] policies = [new("plain", defaults), new("other", identical ? defaults : defaults.With("b", 3).With("a", 0.6))];
        return new SweepPlan(model, policies, factors, design, replications, 5, 9, [], independent, 0);
    }

    private static string[][] Rows(string dir) =>
        File.ReadAllLines(Path.Combine(dir, "analysis", SweepContrasts.File)).Skip(1).Select(l => l.Split(',')).ToArray();

    private static string[] Header(string dir) =>
        File.ReadLines(Path.Combine(dir, "analysis", SweepContrasts.File)).First().Split(',');

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Identical_policies_differ_by_exactly_zero_in_every_replication_with_shared_or_independent_point_streams(bool independent)
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, Plan(new SweepDesignSpec("grid"), identical: true, independent: independent, factors: [Factor.List("a", [0.1, 0.5, 0.9]), Factor.List("c", [1, 3])]), threads: 2);

        SweepAnalysis.Run(tmp.Path, [], new SensitivityOptions(), Fake);

        string[] header = Header(tmp.Path);
        string[][] rows = Rows(tmp.Path);
        int Column(string name) => Array.IndexOf(header, name);
        Assert.Equal(6 * 2, rows.Length); // 6 points x 2 metrics x 1 pair
        foreach (string[] row in rows)
        {
            // A CI of [0, 0] means the sd of the differences is 0: every replication's difference is
            // exactly the mean, 0. Unshared streams would give the two policies different noise.
            Assert.Equal(("6", "0", "0", "0", "0"), (row[Column("n")], row[Column("mean_difference")], row[Column("ci95_low")], row[Column("ci95_high")], row[Column("median_difference")]));
            Assert.Equal(("neither", "0.5"), (row[Column("better")], row[Column("prob_superiority")]));
        }
    }

    [Fact]
    public void Different_policies_get_nonzero_paired_contrasts_with_factor_columns_and_a_better_policy()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, Plan(new SweepDesignSpec("grid"), factors: [Factor.List("c", [1, 3])]));

        SweepAnalysis.Run(tmp.Path, ["z"], new SensitivityOptions(), Fake);

        Assert.Equal(
            ["point", "c", "policy_a", "policy_b", "metric", "n", "mean_a", "mean_b", "mean_difference", "ci95_low", "ci95_high", "d_z", "p_value",
             "median_difference", "prob_superiority", "prob_superiority_ci95_low", "prob_superiority_ci95_high", "relative_difference", "better"],
            Header(tmp.Path));
        string[][] rows = Rows(tmp.Path);

        // z = a * c: plain has a = 0.5, other a = 0.6; at c = 3 the difference is 0.3 in every replication.
        Assert.Equal(["1", "3", "plain", "other", "z", "6", "1.5"], rows[1][..7]);
        Assert.Equal(0.3, double.Parse(rows[1][8], CultureInfo.InvariantCulture), 12);
        Assert.Equal(0.2, double.Parse(rows[1][17], CultureInfo.InvariantCulture), 12);

        // z is neither a harm nor marked lower-is-better, so the higher policy wins.
        Assert.Equal("other", rows[1][18]);
    }

    [Fact]
    public void Docs_experiments_names_every_contrasts_column()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "TeamSim.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        string docs = File.ReadAllText(Path.Combine(dir ?? throw new InvalidOperationException("repository root not found"), "docs", "EXPERIMENTS.md"));

        string[] missing = SweepContrasts.StatisticColumns.Append("point").Where(c => !docs.Contains($"`{c}`", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "docs/EXPERIMENTS.md does not name: " + string.Join(", ", missing));
    }

    [Fact]
    public void Contrasts_are_byte_identical_for_one_and_two_threads_and_under_a_comma_culture()
    {
        using var tmp = new TempDir();
        Factor[] factors = [Factor.List("a", [0.1, 0.5, 0.9]), Factor.Range("b", 0, 10, levels: 3)];
        SweepTestKit.RunInto(tmp.Sub("one"), Plan(new SweepDesignSpec("grid"), factors: factors), threads: 1);
        SweepTestKit.RunInto(tmp.Sub("two"), Plan(new SweepDesignSpec("grid"), factors: factors), threads: 2);

        SweepAnalysis.Run(tmp.Sub("one"), [], new SensitivityOptions(), Fake);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            SweepAnalysis.Run(tmp.Sub("two"), [], new SensitivityOptions(), Fake);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        byte[] one = File.ReadAllBytes(Path.Combine(tmp.Sub("one"), "analysis", SweepContrasts.File));
        Assert.Equal(one, File.ReadAllBytes(Path.Combine(tmp.Sub("two"), "analysis", SweepContrasts.File)));
        Assert.Contains("0.5,", Encoding.UTF8.GetString(one), StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_factor_grid_gets_a_regime_map_per_metric_as_png_and_svg()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, Plan(new SweepDesignSpec("grid"), factors: [Factor.List("a", [0.1, 0.5, 0.9]), Factor.Range("c", 1, 5, isInteger: true, levels: 3)]));

        IReadOnlyList<string> files = SweepAnalysis.Run(tmp.Path, [], new SensitivityOptions(), Fake);

        string[] regime = files.Where(f => f.Contains("regime", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, regime.Length); // y and z, PNG and SVG
        foreach (string png in regime.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(tmp.Path, png))[..4]);
        }

        foreach (string svg in regime.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(tmp.Path, svg)), StringComparison.Ordinal);
        }

        Assert.Contains(Path.Combine("analysis", "plots", "regime_y_other_vs_plain.png"), files);
        Assert.Contains(Path.Combine("analysis", SweepContrasts.File), files);
    }

    [Fact]
    public void A_sweep_over_three_factors_gets_a_partial_dependence_figure_instead_of_a_regime_map()
    {
        using var tmp = new TempDir();
        SweepTestKit.RunInto(tmp.Path, Plan(new SweepDesignSpec("lhs", Points: 20), replications: 3, factors: [Factor.Range("a", 0, 1), Factor.Range("b", 0, 10), Factor.Range("c", 1, 5, isInteger: true)]));

        IReadOnlyList<string> files = SweepAnalysis.Run(tmp.Path, ["z"], new SensitivityOptions(), Fake);

        Assert.DoesNotContain(files, f => f.Contains("regime", StringComparison.Ordinal));
        string png = Path.Combine(tmp.Path, "analysis", "plots", "partial_dependence_z_other_vs_plain.png");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
        Assert.Contains("<svg", File.ReadAllText(Path.ChangeExtension(png, ".svg")), StringComparison.Ordinal);
        Assert.Equal(20, File.ReadAllLines(Path.Combine(tmp.Path, "analysis", SweepContrasts.File)).Length - 1);
    }
}
