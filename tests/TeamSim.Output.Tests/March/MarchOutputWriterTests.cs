using System.Globalization;
using System.Text.Json;
using TeamSim.Experiments.March;
using TeamSim.Output.March;

namespace TeamSim.Output.Tests.March;

public sealed class MarchOutputWriterTests : IDisposable
{
    private readonly string _dir = TestResults.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static MarchFigure1Options SmallOptions() => new([0.1, 0.9], [0.5, 0.9], 40, MasterSeed: 4);

    private static MarchOutputRequest Request(string target, bool plots) =>
        new(target, Force: false, plots, Threads: 2, DateTimeOffset.UnixEpoch, 0.5, ["march"]);

    [Fact]
    public void March_csv_has_the_promised_columns_and_invariant_numbers_under_a_comma_decimal_culture()
    {
        MarchFigure1Options options = SmallOptions();
        IReadOnlyList<MarchFigure1Row> rows = MarchFigure1.Compute(options);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture));
            MarchOutputWriter.Write(options, rows, [], Request(_dir, plots: false));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        string[] lines = File.ReadAllLines(Path.Combine(_dir, "march.csv"));
        Assert.Equal("p1,p2,iterations,mean_knowledge,sd,ci95_low,ci95_high,mean_periods", lines[0]);
        Assert.Equal(1 + rows.Count, lines.Length);
        for (int i = 0; i < rows.Count; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal(8, cells.Length);
            Assert.Equal(rows[i].P1, double.Parse(cells[0], CultureInfo.InvariantCulture));
            Assert.Equal(rows[i].P2, double.Parse(cells[1], CultureInfo.InvariantCulture));
            Assert.Equal(rows[i].Iterations, int.Parse(cells[2], CultureInfo.InvariantCulture));
            Assert.Equal(rows[i].MeanKnowledge, double.Parse(cells[3], CultureInfo.InvariantCulture));
            Assert.Equal(rows[i].Ci95High, double.Parse(cells[6], CultureInfo.InvariantCulture));
            Assert.Equal(rows[i].MeanPeriods, double.Parse(cells[7], CultureInfo.InvariantCulture));
        }

        Assert.False(File.Exists(Path.Combine(_dir, "march_open.csv")));
        Assert.False(Directory.Exists(Path.Combine(_dir, "plots")));
    }

    [Fact]
    public void Plots_open_system_table_and_manifest_are_written()
    {
        MarchFigure1Options options = SmallOptions();
        IReadOnlyList<MarchOpenSystemSeries> series = MarchOpenSystem.ComputeStandard(iterations: 10, seed: 4, horizon: 12);
        MarchOutputWriter.Write(options, MarchFigure1.Compute(options), series, Request(_dir, plots: true));

        foreach (string stem in new[] { "plots/march_figure1", "plots/march_open_systems" })
        {
            byte[] png = File.ReadAllBytes(Path.Combine(_dir, stem + ".png"));
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(_dir, stem + ".svg")), StringComparison.Ordinal);
        }

        string[] open = File.ReadAllLines(Path.Combine(_dir, "march_open.csv"));
        Assert.Equal(string.Join(',', MarchCsvWriter.OpenSystemColumns), open[0]);
        Assert.Equal(1 + (series.Count * 12), open.Length);

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "manifest.json")));
        JsonElement root = manifest.RootElement;
        Assert.Equal("march1991", root.GetProperty("model").GetString());
        Assert.Equal(40, root.GetProperty("figure1").GetProperty("iterations").GetInt32());
        Assert.Equal(series.Count, root.GetProperty("open_systems").GetArrayLength());
        Assert.Contains(root.GetProperty("files").EnumerateArray(), f => f.GetString() == "plots/march_figure1.svg");
    }

    [Fact]
    public void A_non_empty_folder_is_refused_without_force_and_left_alone()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "mine");
        MarchFigure1Options options = SmallOptions() with { Iterations = 5 };

        Assert.Throws<TeamSim.Experiments.InputException>(() =>
            MarchOutputWriter.Write(options, MarchFigure1.Compute(options), [], Request(_dir, plots: false)));
        Assert.Equal(["keep.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }
}
