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

            // A manifest.json alone does not make a folder TeamSim's (a web project has one too).
            File.WriteAllText(Path.Combine(target, "manifest.json"), "{}");
            Assert.Throws<InputException>(() => ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2), TestResults.Request(target, force: true)));
            Assert.True(File.Exists(Path.Combine(target, "keep.txt")));
            Assert.Equal("{}", File.ReadAllText(Path.Combine(target, "manifest.json")));
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

    [Fact]
    public void Force_refuses_a_results_folder_holding_files_TeamSim_did_not_write_names_them_and_deletes_nothing()
    {
        string parent = TestResults.NewFolder();
        string target = Path.Combine(parent, "out");
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2), TestResults.Request(target));
            File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
            Directory.CreateDirectory(Path.Combine(target, "analysis_mine"));
            File.WriteAllText(Path.Combine(target, "analysis_mine", "fig.R"), "plot()");
            string[] before = Directory.GetFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

            var e = Assert.Throws<InputException>(() => ResultWriter.Write(TestResults.Run(reps: 3, ticks: 2), TestResults.Request(target, force: true)));
            Assert.Contains("files TeamSim did not write (analysis_mine/fig.R, notes.txt)", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Directory.GetFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
            Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public void Force_replaces_a_folder_of_TeamSim_results_including_files_added_to_its_manifest_later()
    {
        string parent = TestResults.NewFolder();
        string target = Path.Combine(parent, "out");
        try
        {
            ResultWriter.Write(TestResults.Run(reps: 2, ticks: 2), TestResults.Request(target));
            File.WriteAllText(Path.Combine(target, "report.html"), "<html></html>");
            Assert.Throws<InputException>(() => ResultWriter.Write(TestResults.Run(reps: 3, ticks: 2), TestResults.Request(target, force: true)));

            Manifest.ResultsManifest.AddFile(target, "report.html"); // as teamsim report does
            ResultWriter.Write(TestResults.Run(reps: 3, ticks: 2), TestResults.Request(target, force: true));
            Assert.False(File.Exists(Path.Combine(target, "report.html")));
            Assert.Equal(1 + (3 * 3), File.ReadAllLines(Path.Combine(target, "runs.csv")).Length);
            Assert.Equal(["out"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public void Four_writers_committing_the_same_default_folder_at_once_all_keep_their_results_in_distinct_folders()
    {
        // Four runs that started in the same second chose the same default name.
        string parent = TestResults.NewFolder();
        string target = Path.Combine(parent, "20250101-120000");
        Experiments.Running.ExperimentResult result = TestResults.Run(reps: 2, ticks: 2);
        try
        {
            using var ready = new Barrier(4);
            var finals = new string[4];
            var writers = Enumerable.Range(0, 4).Select(i => new Thread(() =>
            {
                using OutputFolder folder = OutputFolder.Begin(target, force: false, unique: true);
                ResultWriter.WriteFiles(result, folder, TestResults.Request(target));
                ready.SignalAndWait();
                finals[i] = folder.Commit();
            })).ToList();
            writers.ForEach(t => t.Start());
            writers.ForEach(t => t.Join());

            Assert.Equal(4, finals.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(
                ["20250101-120000", "20250101-120000-2", "20250101-120000-3", "20250101-120000-4"],
                Directory.GetFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (string final in finals)
            {
                Assert.Equal(1 + (3 * 2), File.ReadAllLines(Path.Combine(final, "runs.csv")).Length);
            }
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public void An_explicit_target_taken_before_the_commit_keeps_the_results_in_a_free_sibling()
    {
        string parent = TestResults.NewFolder();
        string target = Path.Combine(parent, "out");
        try
        {
            string final;
            using (OutputFolder folder = OutputFolder.Begin(target, force: false))
            {
                ResultWriter.WriteFiles(TestResults.Run(reps: 2, ticks: 2), folder, TestResults.Request(target));
                ResultWriter.Write(TestResults.Run(reps: 3, ticks: 2), TestResults.Request(target)); // a concurrent run wins
                final = folder.Commit();
            }

            Assert.Equal(target + "-2", final);
            Assert.Equal(1 + (3 * 3), File.ReadAllLines(Path.Combine(target, "runs.csv")).Length);
            Assert.Equal(1 + (3 * 2), File.ReadAllLines(Path.Combine(final, "runs.csv")).Length);
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public void Beginning_a_write_removes_temporary_folders_of_dead_processes_but_not_of_live_ones()
    {
        string parent = TestResults.NewFolder();
        using var alive = System.Diagnostics.Process.Start("sleep", "60");
        using var gone = System.Diagnostics.Process.Start("true");
        gone.WaitForExit();
        try
        {
            string dead = Path.Combine(parent, $".teamsim-partial-old-p{gone.Id}-0123abcd");
            string live = Path.Combine(parent, $".teamsim-partial-other-p{alive.Id}-4567cdef");
            string unknown = Path.Combine(parent, ".teamsim-partial-legacy-89abcdef");
            foreach (string dir in new[] { dead, live, unknown })
            {
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "runs.csv"), "half");
            }

            using (OutputFolder.Begin(Path.Combine(parent, "new"), force: false))
            {
                Assert.False(Directory.Exists(dead));
                Assert.True(Directory.Exists(live));
                Assert.True(Directory.Exists(unknown));
            }

            Assert.Equal(gone.Id, OutputFolder.OwnerOf(Path.GetFileName(dead)));
            Assert.Null(OutputFolder.OwnerOf(Path.GetFileName(unknown)));
        }
        finally
        {
            alive.Kill();
            Directory.Delete(parent, true);
        }
    }

    [Fact]
    public void Beginning_a_write_removes_old_temporary_folders_without_an_owner_only_when_they_hold_nothing_but_teamsim_files()
    {
        string parent = TestResults.NewFolder();
        try
        {
            DateTime old = DateTime.UtcNow.AddDays(-3);
            string abandoned = Plant(parent, ".teamsim-partial-classroom-0123abcd", old, "runs.csv", "manifest.json", "plots/damage.png");
            string recent = Plant(parent, ".teamsim-partial-classroom-4567cdef", DateTime.UtcNow, "runs.csv");
            string foreign = Plant(parent, ".teamsim-partial-classroom-89abcdef", old, "runs.csv", "notes.txt");
            string oddName = Plant(parent, ".teamsim-partial-mine", old, "runs.csv");
            string notOurs = Plant(parent, "teamsim-partial-classroom-0123abcd", old, "runs.csv");

            using (OutputFolder.Begin(Path.Combine(parent, "new"), force: false))
            {
                Assert.False(Directory.Exists(abandoned));
                Assert.True(Directory.Exists(recent), "may belong to an older TeamSim still running");
                Assert.True(File.Exists(Path.Combine(foreign, "notes.txt")), "holds a file TeamSim never writes");
                Assert.True(Directory.Exists(oddName));
                Assert.True(Directory.Exists(notOurs));
            }
        }
        finally
        {
            Directory.Delete(parent, true);
        }
    }

    private static string Plant(string parent, string name, DateTime written, params string[] files)
    {
        string dir = Path.Combine(parent, name);
        foreach (string file in files)
        {
            string path = Path.Combine(dir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "half");
            File.SetLastWriteTimeUtc(path, written);
        }

        foreach (string sub in Directory.GetDirectories(dir, "*", SearchOption.AllDirectories).Append(dir))
        {
            Directory.SetLastWriteTimeUtc(sub, written);
        }

        return dir;
    }
}
