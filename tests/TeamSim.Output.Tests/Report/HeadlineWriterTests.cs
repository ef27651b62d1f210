using TeamSim.Output.Report;

namespace TeamSim.Output.Tests.Report;

public sealed class HeadlineWriterTests
{
    private static readonly string[] Policies = ["command", "inquiry"];

    private static ComparisonRow Damage(double meanCommand, double meanInquiry, double ciLow, double ciHigh) =>
        new("total_damage", "command", "inquiry", 100, meanCommand, meanInquiry, meanInquiry - meanCommand, ciLow, ciHigh, LowerIsBetter: true);

    [Fact]
    public void The_headline_names_inquiry_when_inquiry_accumulates_less_damage()
    {
        // inquiry - command = -340 on a command mean of 1000: 34% less, CI 28% to 40%.
        Headline h = HeadlineWriter.For([Damage(1000, 660, -400, -280)], [], Policies);

        Assert.True(h.IsClear);
        Assert.Equal("inquiry", h.Winner);
        Assert.Equal("command", h.Other);
        Assert.StartsWith("Inquiry-led teams accumulated 34% less damage than command-led teams", h.Text);
        Assert.Contains("95% CI 28% to 40%", h.Text);
    }

    [Fact]
    public void The_headline_names_command_when_the_numbers_favour_command()
    {
        // A routine drill where commanding does well: inquiry accumulates 25% more damage than command.
        Headline h = HeadlineWriter.For([Damage(800, 1000, 150, 250)], [], Policies);

        Assert.True(h.IsClear);
        Assert.Equal("command", h.Winner);
        Assert.Equal("inquiry", h.Other);
        Assert.StartsWith("Command-led teams accumulated 20% less damage than inquiry-led teams", h.Text);
        Assert.Contains("95% CI 15% to 25%", h.Text);
    }

    [Fact]
    public void When_the_CI_includes_zero_the_headline_says_the_difference_is_not_clear_and_names_no_winner()
    {
        Headline h = HeadlineWriter.For([Damage(1000, 970, -80, 20)], [], Policies);

        Assert.False(h.IsClear);
        Assert.Null(h.Winner);
        Assert.Contains("is not clear", h.Text);
        Assert.Contains("95% CI", h.Text);
        Assert.Contains("includes no difference", h.Text);
    }

    [Fact]
    public void For_a_metric_where_higher_is_better_the_higher_mean_wins()
    {
        var row = new ComparisonRow("final_psych_safety", "command", "inquiry", 50, 0.5, 0.4, -0.1, -0.12, -0.08, LowerIsBetter: false);

        Headline h = HeadlineWriter.For([row], [], Policies, "final_psych_safety");

        Assert.Equal("command", h.Winner);
        Assert.Contains("25% more final psych safety than inquiry-led teams", h.Text);
    }

    [Fact]
    public void With_three_policies_the_best_is_compared_with_the_runner_up()
    {
        string[] three = ["command", "inquiry", "inquiry+rotation"];
        ComparisonRow[] rows =
        [
            new("total_damage", "command", "inquiry", 40, 1000, 600, -400, -450, -350, true),
            new("total_damage", "command", "inquiry+rotation", 40, 1000, 500, -500, -560, -440, true),
            new("total_damage", "inquiry", "inquiry+rotation", 40, 600, 500, -100, -130, -70, true),
        ];

        Headline h = HeadlineWriter.For(rows, [], three);

        Assert.Equal("inquiry+rotation", h.Winner);
        Assert.Equal("inquiry", h.Other);
        Assert.Contains("17% less damage than inquiry-led teams", h.Text);
    }

    [Fact]
    public void The_paired_sentence_gives_the_share_of_paired_runs_won_and_the_median_difference()
    {
        // comparison.csv: inquiry (b) did better (less damage) in 78% of 100 pairs, median inquiry - command -12,345.
        ComparisonRow row = Damage(100_000, 66_000, -40_000, -28_000) with
        {
            MedianDifference = -12_345,
            ProbabilityBetter = 0.78,
            ProbabilityBetterCiLow = 0.6887,
            ProbabilityBetterCiHigh = 0.8499,
        };

        Headline h = HeadlineWriter.For([row], [], Policies);

        Assert.Equal(
            "Inquiry-led teams accumulated less damage than command-led teams in 78 of 100 paired runs (95% CI 69% to 85%); the median paired difference was 12,345 less damage.",
            h.Paired);
    }

    [Fact]
    public void When_the_first_policy_has_the_better_mean_the_paired_share_and_median_are_turned_round()
    {
        // inquiry (b) did better in 20.5% of pairs (ties half), so command did better in 79.5 of 100; median inquiry - command = +35.
        ComparisonRow row = Damage(800, 1000, 150, 250) with
        {
            MedianDifference = 35,
            ProbabilityBetter = 0.205,
            ProbabilityBetterCiLow = 0.14,
            ProbabilityBetterCiHigh = 0.29,
        };

        Headline h = HeadlineWriter.For([row], [], Policies);

        Assert.Equal("command", h.Winner);
        Assert.Equal(
            "Command-led teams accumulated less damage than inquiry-led teams in 79.5 of 100 paired runs (95% CI 71% to 86%, a tie counting half); the median paired difference was 35 less damage.",
            h.Paired);
    }

    [Fact]
    public void A_heavy_tail_can_give_the_better_mean_to_the_policy_that_loses_most_pairs()
    {
        // A few collapsing command runs carry the mean, but inquiry did more damage in most pairs.
        ComparisonRow row = Damage(1000, 700, -500, -100) with
        {
            MedianDifference = 20,
            ProbabilityBetter = 0.3,
            ProbabilityBetterCiLow = 0.22,
            ProbabilityBetterCiHigh = 0.4,
        };

        Headline h = HeadlineWriter.For([row], [], Policies);

        Assert.Equal("inquiry", h.Winner);
        Assert.Contains("in 30 of 100 paired runs (95% CI 22% to 40%)", h.Paired);
        Assert.EndsWith("the median paired difference was 20 more damage.", h.Paired);
    }

    [Fact]
    public void Without_the_heavy_tail_columns_there_is_no_paired_sentence()
    {
        Headline h = HeadlineWriter.For([Damage(1000, 660, -400, -280)], [], Policies);

        Assert.Equal(string.Empty, h.Paired);
    }

    [Fact]
    public void With_one_policy_there_is_nothing_to_compare_but_the_mean_and_its_CI_are_given()
    {
        Headline h = HeadlineWriter.For([], [new SummaryRow("inquiry", "total_damage", 10, 500, 450, 550, true)], ["inquiry"]);

        Assert.Null(h.Winner);
        Assert.Contains("nothing to compare", h.Text);
        Assert.Contains("95% CI 450 to 550", h.Text);
    }
}
