using TeamSim.Analysis.Statistics;

namespace TeamSim.Analysis.Tests.Statistics;

public sealed class RepresentativeReplicationTests
{
    [Fact]
    public void The_replication_whose_paired_difference_is_nearest_the_median_is_chosen()
    {
        // B - A per replication: 10, -5, 3, 100, 2; the median is 3 (replication 2), although
        // neither A's nor B's own values have their median there.
        double[] a = [100, 20, 50, 0, 8];
        double[] b = [110, 15, 53, 100, 10];

        Assert.Equal(2, RepresentativeReplication.Choose(a, b));
    }

    [Fact]
    public void With_an_even_count_the_median_is_between_the_middle_two_and_a_tie_goes_to_the_lower_index()
    {
        // Differences 1, 6, 4, 100: median 5; replications 1 (6) and 2 (4) are both 1 away.
        double[] a = [0, 0, 0, 0];
        double[] b = [1, 6, 4, 100];

        Assert.Equal(5, RepresentativeReplication.MedianOf([1, 6, 4, 100]));
        Assert.Equal(1, RepresentativeReplication.Choose(a, b));
    }

    [Fact]
    public void Replications_with_an_undefined_value_are_skipped()
    {
        // Without the NaN pair the differences are 7, 1, 2: median 2, replication 3.
        double[] a = [double.NaN, 0, 0, 0];
        double[] b = [2, 7, 1, 2];

        Assert.Equal(3, RepresentativeReplication.Choose(a, b));
        Assert.Equal(-1, RepresentativeReplication.Choose([double.NaN], [1.0]));
        Assert.Equal(-1, RepresentativeReplication.Choose([], []));
    }

    [Fact]
    public void Samples_of_different_length_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RepresentativeReplication.Choose([1.0, 2.0], [1.0]));
    }
}
