namespace TeamSim.Output.Report;

/// <summary>The report's one-sentence result, generated from comparison.csv.</summary>
/// <param name="Text">The sentence, plain text (escape before showing).</param>
/// <param name="Metric">The run metric it is about.</param>
/// <param name="Winner">The policy the numbers favour, or null when the difference is not clear or there is nothing to compare.</param>
/// <param name="Other">The policy it is compared with, or null.</param>
/// <param name="IsClear">True when the 95% CI of the paired difference excludes zero.</param>
public sealed record Headline(string Text, string Metric, string? Winner, string? Other, bool IsClear)
{
    /// <summary>
    /// A second sentence, plain text, for heavy tails: in how many paired runs the policy with the better
    /// mean did better than the runner-up (95% Wilson CI, ties half) and the median paired difference;
    /// empty when there is nothing to compare or comparison.csv predates those columns.
    /// </summary>
    public string Paired { get; init; } = string.Empty;
}
