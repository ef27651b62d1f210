using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Ablation;

/// <summary>
/// The variants of an ablation study: every ablation switch of the scenario's model (the boolean
/// parameters named <c>ablate.*</c>, found in the model's registry, so any model that declares them
/// gets them) turned on one at a time, then one variant per <c>--vary path=value</c>, in the order given.
/// </summary>
public static class AblationPlan
{
    /// <summary>The prefix that marks a model parameter as an ablation switch.</summary>
    public const string SwitchPrefix = "ablate.";

    /// <summary>The model's ablation switches (boolean parameters named <c>ablate.*</c>), in registry order.</summary>
    public static IReadOnlyList<ParameterSpec> Switches(IModelFactory model) =>
        model.Parameters.Specs
            .Where(s => s.Kind == ParameterKind.Boolean && s.Name.StartsWith(SwitchPrefix, StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// Builds the variants of <paramref name="scenario"/>: each switch on, then each of <paramref name="varies"/>.
    /// A <c>--vary</c> is validated exactly like <c>teamsim run --set</c> (unknown names get a "did you mean",
    /// values outside the range are refused).
    /// </summary>
    /// <param name="loader">The loader that validated the scenario.</param>
    /// <param name="scenario">The scenario after command-line overrides.</param>
    /// <param name="varies">Raw <c>path=value</c> assignments.</param>
    /// <exception cref="InputException">A bad <c>--vary</c>, one given twice, or a model without switches and no <c>--vary</c>.</exception>
    public static IReadOnlyList<AblationVariant> Variants(ScenarioLoader loader, Scenario scenario, IReadOnlyList<string> varies)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(varies);
        var variants = new List<AblationVariant>();
        ResolvedScenario baseline = loader.Resolver.Resolve(scenario);
        foreach (ParameterSpec spec in Switches(baseline.Model))
        {
            variants.Add(new AblationVariant(spec.Name, [new ParameterValue(spec.Name, 1)], IsSwitch: true));
        }

        if (variants.Count == 0 && varies.Count == 0)
        {
            throw new InputException(
                $"{scenario.Name}: model '{scenario.Model}' has no ablation switches ({SwitchPrefix}* parameters), so there is nothing to ablate; give variants with --vary path=value");
        }

        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string assignment in varies)
        {
            ParameterValue value;
            try
            {
                // The same parsing, range checks and "did you mean" as run's --set.
                Scenario checkedOne = loader.Resolver.ApplyOverrides(scenario with { Overrides = [] }, new ScenarioOverrides(Sets: [assignment]));
                value = checkedOne.Overrides[0];
            }
            catch (InputException e)
            {
                problems.AddRange(e.Problems.Select(p => p.Replace("--set ", "--vary ", StringComparison.Ordinal)));
                continue;
            }

            baseline.Model.Parameters.TryGet(value.Name, out ParameterSpec spec);
            string name = $"{value.Name}={spec.FormatValue(value.Value)}";
            if (!names.Add(name))
            {
                problems.Add($"--vary {assignment}: given twice");
                continue;
            }

            variants.Add(new AblationVariant(name, [value], IsSwitch: false));
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return variants;
    }

    /// <summary>The scenario with <paramref name="variant"/>'s values applied to every policy, last.</summary>
    /// <exception cref="InputException">The registry rejects a value.</exception>
    public static ResolvedScenario Resolve(ScenarioLoader loader, Scenario scenario, AblationVariant variant)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(variant);
        return loader.Resolver.Resolve(scenario with { Overrides = [.. scenario.Overrides, .. variant.Settings] });
    }
}
