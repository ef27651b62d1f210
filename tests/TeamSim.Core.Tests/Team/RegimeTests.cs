namespace TeamSim.Core.Tests.Team;

/// <summary>
/// Where each leadership style wins, against the field studies of docs/CALIBRATION.md: directive
/// leadership gains with severity under an expert leader (Yun, Faraj and Sims 2005); directive-led
/// teams start ahead and empowering-led teams catch up through team learning (Lorinkova, Pearsall
/// and Sims 2013). Paired replications, fixed seeds, 95% t intervals on per-replication log ratios
/// (damage is heavy-tailed, so ratios are compared on the log scale).
/// </summary>
public sealed class RegimeTests
{
    private const int Replications = 400;

    [Fact]
    public void Under_an_expert_leader_commands_advantage_grows_with_severity_growth()
    {
        (string, double)[] expert = [("leader.expertise", 0.9)];
        double[] Gap(double growth) => LogRatios(
            TeamRuns.RunMany(TeamRuns.Params("inquiry", [.. expert, ("incidents.severity_growth", growth)]), Replications),
            TeamRuns.RunMany(TeamRuns.Params("command", [.. expert, ("incidents.severity_growth", growth)]), Replications));

        double[] slow = Gap(0.01), fast = Gap(0.25);
        Assert.True(slow.Average() > 0, "an expert leader's command should win at slow escalation");
        var growth = MeanWithInterval(fast.Zip(slow, (f, s) => f - s).ToArray());
        Assert.True(growth.Low > 0, $"command's log advantage should grow from g 0.01 to 0.25: {growth}");
    }

    [Fact]
    public void Directive_led_teams_start_ahead_and_inquiry_led_teams_catch_up_through_team_learning()
    {
        // Expert leader, novice team: damage in ticks 0-100 against ticks 400-500 (runs of 100 and
        // 400 ticks are exact prefixes of runs of 500 with the same seeds).
        (string, double)[] setting = [("leader.expertise", 0.9), ("team.primary_alpha", 2), ("team.primary_beta", 6)];
        var (early, late) = Windows(setting);
        Assert.True(MeanWithInterval(early).Low > 0, "command should start ahead");
        var catchUp = MeanWithInterval(early.Zip(late, (e, l) => e - l).ToArray());
        Assert.True(catchUp.Low > 0, $"inquiry's relative position should improve: {catchUp}");

        // Knock-out: with learning ablated (no learning by doing, reviews or cross-training) the
        // catch-up shrinks: the difference of the two catch-ups is positive.
        var (earlyKo, lateKo) = Windows([.. setting, ("ablate.learning", 1)]);
        var learning = MeanWithInterval(early.Zip(late, (e, l) => e - l).Zip(earlyKo.Zip(lateKo, (e, l) => e - l), (a, b) => a - b).ToArray());
        Assert.True(learning.Low > 0, $"the catch-up should come from team learning: {learning}");
    }

    /// <summary>Per replication: log(inquiry's damage in the window / command's) for ticks 0-100 and 400-500.</summary>
    private static (double[] Early, double[] Late) Windows((string, double)[] setting)
    {
        int m = TeamRuns.Index("total_damage");
        double[][] Run(string preset, int ticks) => TeamRuns.RunMany(TeamRuns.Params(preset, setting), Replications, ticks);
        double[][] i100 = Run("inquiry", 100), i400 = Run("inquiry", 400), i500 = Run("inquiry", 500);
        double[][] c100 = Run("command", 100), c400 = Run("command", 400), c500 = Run("command", 500);
        var early = new double[Replications];
        var late = new double[Replications];
        for (int r = 0; r < Replications; r++)
        {
            early[r] = Math.Log(i100[r][m] / c100[r][m]);
            late[r] = Math.Log((i500[r][m] - i400[r][m]) / (c500[r][m] - c400[r][m]));
        }

        return (early, late);
    }

    private static double[] LogRatios(double[][] inquiry, double[][] command)
    {
        int m = TeamRuns.Index("total_damage");
        return inquiry.Zip(command, (i, c) => Math.Log(i[m] / c[m])).ToArray();
    }

    private static PairedDifference MeanWithInterval(double[] values)
    {
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, values.Length - 1, 0.975) * sd / Math.Sqrt(values.Length);
        return new PairedDifference(mean, mean - half, mean + half, 1);
    }
}
