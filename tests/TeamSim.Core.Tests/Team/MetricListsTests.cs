using System.Reflection;
using System.Text;
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

    public static TheoryData<string> SlotClasses() => new() { nameof(TeamMetrics.TickSlot), nameof(TeamMetrics.RunSlot) };

    [Theory]
    [MemberData(nameof(SlotClasses))]
    public void Every_metric_slot_holds_the_metric_of_the_same_name_and_every_metric_has_one_slot(string slotClass)
    {
        Type type = typeof(TeamMetrics).GetNestedType(slotClass)!;
        IReadOnlyList<MetricDefinition> metrics = slotClass == nameof(TeamMetrics.TickSlot) ? TeamMetrics.Tick : TeamMetrics.Run;
        var slots = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != "Count")
            .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);

        Assert.Equal(metrics.Count, (int)type.GetField("Count")!.GetRawConstantValue()!);
        Assert.Equal(metrics.Count, slots.Count);
        Assert.Equal(metrics.Count, slots.Values.Distinct().Count());
        foreach ((string name, int slot) in slots)
        {
            Assert.Equal(SnakeCase(name), metrics[slot].Name);
        }
    }

    private static string SnakeCase(string pascal)
    {
        var text = new StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
