using System.Text;
using TeamSim.Analysis.Csv;
using TeamSim.Core.Parameters;
using TeamSim.Core.Team;

namespace TeamSim.Analysis.Tests.Csv;

public sealed class RunsTableTests
{
    [Fact]
    public void Only_the_parameters_that_differ_between_policies_become_columns()
    {
        var factory = new TeamModelFactory();
        ParameterSet a = factory.Parameters.Defaults();
        ParameterSet b = a.With("team.size", a["team.size"] + 1);

        var table = new RunsTable([a, b], factory.RunMetrics);

        Assert.Equal(["team.size"], table.Varied.Select(p => p.Name));
        Assert.Equal(["run", "policy", "replication", "seed", "ticks", "team.size"], table.Header.Take(6));
        Assert.Equal(6 + factory.RunMetrics.Count, table.Header.Count);
    }

    [Fact]
    public void A_row_holds_invariant_numbers_and_neutralised_text_and_is_quoted_as_the_CLI_does()
    {
        var factory = new TeamModelFactory();
        ParameterSet a = factory.Parameters.Defaults();
        var table = new RunsTable([a], factory.RunMetrics);
        var csv = new StringBuilder();

        CsvCells.AppendRow(csv, table.Row(3, "=x, y", a, 1, 42, 100, [1.5, double.NaN, double.PositiveInfinity]));

        Assert.Equal("3,\"'=x, y\",1,42,100,1.5,,inf\n", csv.ToString());
    }
}
