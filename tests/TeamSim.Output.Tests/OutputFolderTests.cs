using TeamSim.Experiments;

namespace TeamSim.Output.Tests;

public sealed class OutputFolderTests
{
    [Theory]
    [InlineData("../escape.csv")]
    [InlineData("plots/../../escape.csv")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void Paths_that_leave_the_output_folder_are_refused(string relative)
    {
        string root = TestResults.NewFolder();
        Assert.Throws<ArgumentException>(() => OutputFolder.Combine(root, relative));
        Assert.False(Directory.Exists(Path.Combine(root, "..", "escape.csv")));
    }

    [Fact]
    public void Paths_inside_the_folder_are_resolved_and_their_folders_created()
    {
        string root = TestResults.NewFolder();
        try
        {
            string path = OutputFolder.Combine(root, "plots/a.png");
            Assert.Equal(Path.Combine(Path.GetFullPath(root), "plots", "a.png"), path);
            Assert.True(Directory.Exists(Path.Combine(root, "plots")));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public void A_non_empty_target_is_refused_without_force_and_left_untouched()
    {
        string parent = TestResults.NewFolder(); // its own parent, so no other test's temporary folders are seen
        string target = Path.Combine(parent, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "keep");
        try
        {
            var e = Assert.Throws<InputException>(() => ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2), TestResults.Request(target)));
            Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
            Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(target)!, ".teamsim-partial-*"));

            var notResults = Assert.Throws<InputException>(() => ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2), TestResults.Request(target, force: true)));
            Assert.Contains("--force only replaces a folder of earlier TeamSim results", notResults.Message, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(target, "keep.txt")));

            File.WriteAllText(Path.Combine(target, "manifest.json"), "{}"); // now it looks like earlier results
            ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2), TestResults.Request(target, force: true));
            Assert.False(File.Exists(Path.Combine(target, "keep.txt")));
            Assert.True(File.Exists(Path.Combine(target, "manifest.json")));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public void An_abandoned_write_leaves_no_target_and_no_temporary_folder()
    {
        string target = TestResults.NewFolder();
        string temp;
        using (OutputFolder folder = OutputFolder.Begin(target, force: false))
        {
            temp = folder.TempPath;
            File.WriteAllText(folder.PathFor("runs.csv"), "half");
        }

        Assert.False(Directory.Exists(target));
        Assert.False(Directory.Exists(temp));
    }
}
