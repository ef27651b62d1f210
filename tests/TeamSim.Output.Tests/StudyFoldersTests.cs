namespace TeamSim.Output.Tests;

public sealed class StudyFoldersTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 4, 12, 0, 5, TimeSpan.Zero);
    private readonly string _parent = TestResults.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    [Fact]
    public void A_default_folder_is_named_for_the_start_time_in_utc_and_takes_the_next_suffix_when_the_name_is_taken()
    {
        var evening = new DateTimeOffset(2026, 12, 4, 14, 0, 5, TimeSpan.FromHours(2));

        Assert.Equal(Path.Combine(_parent, "20261204-120005"), StudyFolders.Stamped(_parent, evening));
        Directory.CreateDirectory(Path.Combine(_parent, "20261204-120005"));
        Directory.CreateDirectory(Path.Combine(_parent, "20261204-120005-2"));
        Assert.Equal(Path.Combine(_parent, "20261204-120005-3"), StudyFolders.Stamped(_parent, Noon));
    }

    [Fact]
    public void Studies_claiming_a_folder_in_the_same_second_each_get_their_own_with_the_marker_inside()
    {
        const int Studies = 12;
        var claimed = new string[Studies];
        using var start = new Barrier(Studies);

        Parallel.For(0, Studies, new ParallelOptions { MaxDegreeOfParallelism = Studies }, i =>
        {
            start.SignalAndWait();
            claimed[i] = StudyFolders.Claim(_parent, Noon, ".partial");
        });

        Assert.Equal(Studies, claimed.Distinct().Count());
        Assert.All(claimed, c => Assert.Equal([".partial"], Directory.GetFileSystemEntries(c).Select(Path.GetFileName)));
        Assert.Equal(Studies, StudyFolders.InTimeOrder(_parent).Count);
        Assert.Equal(Studies, Directory.GetFileSystemEntries(_parent).Length); // no claim leftovers
    }

    [Fact]
    public void The_newest_unfinished_folder_is_found_by_stamp_then_suffix_number_and_other_names_are_ignored()
    {
        foreach (string name in new[] { "20261204-090000", "20261204-120005", "20261204-120005-2", "20261204-120005-10", "20261204-130000", "notes", "20261204-120005-x" })
        {
            Directory.CreateDirectory(Path.Combine(_parent, name));
        }

        File.WriteAllText(Path.Combine(_parent, "20261204-130000", "done"), string.Empty);
        bool Unfinished(string dir) => !File.Exists(Path.Combine(dir, "done"));

        Assert.Equal(
            ["20261204-090000", "20261204-120005", "20261204-120005-2", "20261204-120005-10", "20261204-130000"],
            StudyFolders.InTimeOrder(_parent).Select(Path.GetFileName));
        Assert.Equal(Path.Combine(_parent, "20261204-120005-10"), StudyFolders.NewestUnfinished(_parent, Unfinished));
    }

    [Fact]
    public void There_is_no_unfinished_folder_when_every_one_is_finished_or_the_parent_is_missing()
    {
        Assert.Null(StudyFolders.NewestUnfinished(_parent, _ => true));
        Directory.CreateDirectory(Path.Combine(_parent, "20261204-120005"));
        Assert.Null(StudyFolders.NewestUnfinished(_parent, _ => false));
    }

    [Fact]
    public void A_study_claims_a_new_folder_or_resumes_the_newest_unfinished_one_and_says_when_there_is_none()
    {
        string first = StudyFolders.ForStudy(_parent, Noon, ".work", resume: false, _ => true, "sweep 'grid'");
        string second = StudyFolders.ForStudy(_parent, Noon, ".work", resume: false, _ => true, "sweep 'grid'");

        Assert.Equal(Path.Combine(_parent, "20261204-120005-2"), second);
        Assert.Equal(second, StudyFolders.ForStudy(_parent, Noon.AddHours(1), ".work", resume: true, _ => true, "sweep 'grid'"));
        Assert.Equal(first, StudyFolders.ForStudy(_parent, Noon, ".work", resume: true, dir => dir == first, "sweep 'grid'"));
        var none = Assert.Throws<Experiments.InputException>(() => StudyFolders.ForStudy(_parent, Noon, ".work", resume: true, _ => false, "calibration 'fit'"));
        Assert.Equal($"--resume: no unfinished run of calibration 'fit' in {_parent}; start one without --resume, or name its folder with --out", none.Message);
    }
}
