namespace TeamSim.Core.Models;

/// <summary>Finding a model's metric by its column name.</summary>
public static class MetricLists
{
    /// <summary>The index of the metric named <paramref name="name"/>, or -1 when there is none.</summary>
    public static int IndexOfName(this IReadOnlyList<MetricDefinition> metrics, string name)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        for (int i = 0; i < metrics.Count; i++)
        {
            if (metrics[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
