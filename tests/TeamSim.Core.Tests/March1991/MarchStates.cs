using TeamSim.Core.March1991;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Core.Tests.March1991;

/// <summary>Builds March models whose state the tests then set by hand.</summary>
internal static class MarchStates
{
    public static ParameterSet Parameters(
        int m = 30,
        int n = 50,
        double p1 = 0.5,
        double p2 = 0.5,
        double p3 = 0,
        double p4 = 0,
        bool beliefJump = false,
        bool byBeliefs = false,
        int maxPeriods = 10_000) =>
        MarchParameters.Registry.Defaults()
            .With(MarchParameters.Dimensions, m)
            .With(MarchParameters.Members, n)
            .With(MarchParameters.Socialisation, p1)
            .With(MarchParameters.CodeLearning, p2)
            .With(MarchParameters.Turnover, p3)
            .With(MarchParameters.Turbulence, p4)
            .With(MarchParameters.BeliefJump, beliefJump ? 1 : 0)
            .With(MarchParameters.SuperiorByBeliefs, byBeliefs ? 1 : 0)
            .With(MarchParameters.MaxPeriods, maxPeriods);

    public static MarchModel Model(ParameterSet parameters, ulong seed = 7, int replication = 0) =>
        new(parameters, new RunSeeds(seed, 0, replication), new ModelRunOptions(0));

    public static int[] Repeat(int value, int count) => Enumerable.Repeat(value, count).ToArray();

    /// <summary>Values that are <paramref name="first"/> on dimensions below <paramref name="split"/> and <paramref name="rest"/> above.</summary>
    public static int[] Split(int first, int split, int rest, int count) =>
        Enumerable.Range(0, count).Select(d => d < split ? first : rest).ToArray();

    public static int[] Beliefs(MarchModel model, int member, int m) =>
        Enumerable.Range(0, m).Select(d => model.Belief(member, d)).ToArray();

    public static int[] Code(MarchModel model, int m) =>
        Enumerable.Range(0, m).Select(model.Code).ToArray();

    /// <summary>Four standard deviations of a proportion from <paramref name="trials"/> Bernoulli(p) draws: a false alarm about once in 16,000.</summary>
    public static double Tolerance(double p, int trials) => 4 * Math.Sqrt(p * (1 - p) / trials);
}
