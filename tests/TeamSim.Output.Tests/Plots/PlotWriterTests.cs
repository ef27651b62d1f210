using System.Text.Json;

namespace TeamSim.Output.Tests.Plots;

public sealed class PlotWriterTests
{
    [Fact]
    public void Plots_and_manifest_are_written_as_png_svg_and_json()
    {
        string dir = TestResults.NewFolder();
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 5, ticks: 20), TestResults.Request(dir, plots: true));
            string[] png = Directory.GetFiles(Path.Combine(dir, "plots"), "*.png");
            string[] svg = Directory.GetFiles(Path.Combine(dir, "plots"), "*.svg");
            Assert.True(png.Length >= 8, $"{png.Length} png files");
            Assert.Equal(png.Length, svg.Length);
            Assert.Contains(png, p => p.EndsWith("summary.png", StringComparison.Ordinal));
            Assert.Contains(png, p => p.EndsWith("timeseries_cumulative_damage.png", StringComparison.Ordinal));
            Assert.Contains(png, p => p.EndsWith("errors_reported_vs_made.png", StringComparison.Ordinal));
            foreach (string file in png)
            {
                byte[] head = File.ReadAllBytes(file)[..8];
                Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
            }

            Assert.Contains("<svg", File.ReadAllText(svg[0]), StringComparison.Ordinal);

            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
            JsonElement root = manifest.RootElement;
            Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
            Assert.Equal("fake", root.GetProperty("scenario").GetProperty("name").GetString());
            Assert.Equal(5UL, root.GetProperty("scenario").GetProperty("seed").GetUInt64());
            JsonElement policies = root.GetProperty("policies");
            Assert.Equal(3, policies.GetArrayLength());
            Assert.Equal(50, policies[2].GetProperty("parameters").GetProperty("practices.rotation_interval").GetDouble());
            Assert.Equal("constant", policies[0].GetProperty("parameters").GetProperty("incidents.profile").GetString());
            Assert.True(root.GetProperty("timings").GetProperty("plot_seconds").GetDouble() >= 0);
            Assert.Contains(root.GetProperty("files").EnumerateArray(), f => f.GetString() == "plots/summary.svg");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
