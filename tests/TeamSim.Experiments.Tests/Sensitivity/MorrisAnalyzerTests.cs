using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Sensitivity;

namespace TeamSim.Experiments.Tests.Sensitivity;

public sealed class MorrisAnalyzerTests
{
    private static readonly string[] Names = ["x1", "x2", "x3"];

    private static (DesignMatrix Design, double[] Y) Run(Func<double[], double> f, int r = 20)
    {
        Factor[] factors = Names.Select(n => Factor.Range(n, 0, 1)).ToArray();
        DesignMatrix m = new MorrisDesign(r, 4).Generate(factors, 17);
        var y = new double[m.Count];
        for (int p = 0; p < m.Count; p++)
        {
            y[p] = f(m.Values(p, factors));
        }

        return (m, y);
    }

    [Fact]
    public void A_linear_function_has_effects_equal_to_its_coefficients_and_no_spread()
    {
        (DesignMatrix m, double[] y) = Run(x => (3 * x[0]) - (2 * x[1]));

        IReadOnlyList<MorrisFactorEffects> effects = MorrisAnalyzer.Analyze(m, Names, y);

        Assert.Equal(3, effects[0].Mu, 9);
        Assert.Equal(-2, effects[1].Mu, 9);
        Assert.Equal(2, effects[1].MuStar, 9);
        Assert.Equal(0, effects[2].MuStar, 9);
        Assert.All(effects, e => Assert.Equal(0, e.Sigma, 9));
        Assert.All(effects, e => Assert.Equal(20, e.Effects));
    }

    [Fact]
    public void An_interaction_shows_as_sigma_and_a_sign_change_as_mu_star_above_abs_mu()
    {
        // y = (x1 - 0.5) x2: the effect of x1 is x2 (always >= 0, varying), of x2 is x1 - 0.5 (either sign).
        (DesignMatrix m, double[] y) = Run(x => (x[0] - 0.5) * x[1], r: 40);

        IReadOnlyList<MorrisFactorEffects> effects = MorrisAnalyzer.Analyze(m, Names, y, new SensitivityOptions(Resamples: 200));

        Assert.True(effects[0].Sigma > 0.1);
        Assert.True(effects[1].MuStar > Math.Abs(effects[1].Mu) + 0.1);
        Assert.Equal(0, effects[2].MuStar, 12);
        Assert.True(effects[0].MuStarLow <= effects[0].MuStar && effects[0].MuStar <= effects[0].MuStarHigh);
    }

    [Fact]
    public void A_failed_run_removes_only_the_effects_it_touches()
    {
        (DesignMatrix m, double[] y) = Run(x => x[0] + x[1] + x[2]);
        y[1] = double.NaN;

        IReadOnlyList<MorrisFactorEffects> effects = MorrisAnalyzer.Analyze(m, Names, y);

        Assert.Equal(60 - 2, effects.Sum(e => e.Effects));
    }

    [Fact]
    public void Points_that_are_not_a_trajectory_are_refused()
    {
        var notMorris = new LatinHypercubeDesign(8).Generate(Names.Select(n => Factor.Range(n, 0, 1)).ToArray(), 1);
        Assert.Throws<ArgumentException>(() => MorrisAnalyzer.Analyze(notMorris, Names, new double[8]));
    }
}
