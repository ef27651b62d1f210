using TeamSim.Core.Models;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

public sealed class MetricListsTests
{
    [Fact]
    public void A_metric_is_found_by_its_column_name_and_an_unknown_name_gives_minus_one()
    {
        IReadOnlyList<MetricDefinition> run = TeamMetrics.Run;
        Assert.Equal(run.Count - 1, run.IndexOfName(run[^1].Name));
        Assert.Equal(0, run.IndexOfName(run[0].Name));
        Assert.Equal(-1, run.IndexOfName("no_such_metric"));
        Assert.Equal(-1, run.IndexOfName(run[0].Name.ToUpperInvariant()));
    }
}
