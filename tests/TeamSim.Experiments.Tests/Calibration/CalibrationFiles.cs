using TeamSim.Experiments.Calibration;
using TeamSim.Experiments.Sweeps;
using TeamSim.Experiments.Tests.Fakes;

namespace TeamSim.Experiments.Tests.Calibration;

/// <summary>Calibration files over the fake team model, whose total_damage is sum(u (2 - inquiry)) and errors_reported sum(u (1 - blame)) over the ticks.</summary>
internal static class CalibrationFiles
{
    public static readonly CalibrationLoader Loader = new((name, folder) =>
    {
        if (name != "fake")
        {
            throw new InputException($"{name}: file not found");
        }

        var model = new FakeTeamModelFactory();
        var defaults = model.Parameters.Defaults();
        return new SweepBase("fake", model, [new SweepPolicy("command", defaults), new SweepPolicy("inquiry", defaults.With("leader.inquiry", 0.9))], 40, 7, 11);
    });

    public static CalibrationDefinition Load(string json) => Loader.LoadText(json, "c.json", ".");

    /// <summary>Two factors, two targets; the targets as given.</summary>
    public static string TwoFactors(double damage, double reported, int particles = 60, int generations = 5, int replications = 4, ulong seed = 3) => $$"""
        { "name": "fake-fit", "base": "fake", "policy": "inquiry", "ticks": 40, "replications": {{replications}}, "seed": {{seed}},
          "factors": [ { "parameter": "leader.inquiry", "min": 0, "max": 1 },
                       { "parameter": "leader.blame", "min": 0, "max": 1 } ],
          "targets": [ { "metric": "total_damage", "value": {{damage.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}, "sd": 0.5 },
                       { "metric": "errors_reported", "value": {{reported.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}, "sd": 0.5 } ],
          "method": { "type": "abc-smc", "particles": {{particles}}, "generations": {{generations}}, "min_acceptance": 0 } }
        """;
}
