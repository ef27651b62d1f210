using MathNet.Numerics.Statistics;
using TeamSim.Core.Models;
using TeamSim.Core.Random;
using TeamSim.Core.Team;
using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Tests.Calibration;

public sealed class TeamModelRecoveryTests
{
    private const double TrueBlame = 0.3;
    private const int Ticks = 300;
    private const int Replications = 20;

    [Fact]
    public void The_team_model_gives_back_the_blame_that_made_its_reporting_and_safety()
    {
        // Targets: the means of 200 runs of the inquiring leader at the true blame, with seeds the
        // calibration never uses; each sd is the standard error of a mean of the calibration's replications.
        var model = new TeamModelFactory();
        var inquiry = model.Parameters.Defaults().With("leader.inquiry", 0.9);
        string[] metrics = ["report_rate", "final_psych_safety"];
        var samples = metrics.Select(_ => new List<double>()).ToArray();
        var all = new double[model.RunMetrics.Count];
        for (int r = 0; r < 200; r++)
        {
            IModel run = model.Create(inquiry.With("leader.blame", TrueBlame), new RunSeeds(424242, 0, r), new ModelRunOptions(Ticks));
            while (!run.IsFinished && run.Tick < Ticks)
            {
                run.Step();
            }

            run.WriteRunMetrics(all);
            for (int k = 0; k < metrics.Length; k++)
            {
                double v = all[model.RunMetrics.IndexOfName(metrics[k])];
                if (double.IsFinite(v))
                {
                    samples[k].Add(v);
                }
            }
        }

        string targets = string.Join(", ", metrics.Select((m, k) => FormattableString.Invariant(
            $$"""{ "metric": "{{m}}", "value": {{samples[k].Mean():R}}, "sd": {{samples[k].StandardDeviation() / Math.Sqrt(Replications):R}} }""")));
        var loader = new CalibrationLoader((_, _) => new SweepBase("team", model, [new SweepPolicy("inquiry", inquiry)], Ticks, Replications, 1));
        CalibrationDefinition definition = loader.LoadText($$"""
            { "base": "team", "replications": {{Replications}}, "seed": 8,
              "factors": [ { "parameter": "leader.blame", "min": 0, "max": 1 } ],
              "targets": [ {{targets}} ],
              "method": { "particles": 60, "generations": 4, "min_acceptance": 0 } }
            """, "recover.json", ".");

        CalibrationOutcome outcome = AbcSmc.Run(definition, new MemoryCalibrationStore(), threads: 2);
        CalibrationFactorSummary blame = CalibrationSummary.Of(definition, outcome.Posterior).Factors[0];

        Assert.InRange(TrueBlame, blame.Q05, blame.Q95);
        Assert.True(blame.IntervalShareOfPrior < 0.5, $"90% interval [{blame.Q05}, {blame.Q95}] spans {blame.IntervalShareOfPrior:P0} of the prior");
    }
}
