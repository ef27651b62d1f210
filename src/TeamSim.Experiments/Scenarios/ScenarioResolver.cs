using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Core.Random;

namespace TeamSim.Experiments.Scenarios;

/// <summary>
/// Turns a loaded <see cref="Scenario"/> into what runs: command-line overrides applied
/// (<see cref="ApplyOverrides"/>), then each policy's preset and parameters resolved into a full
/// parameter set (<see cref="Resolve"/>). Reading and validating the file is
/// <see cref="ScenarioLoader"/>'s job; this type never sees JSON.
/// </summary>
public sealed class ScenarioResolver
{
    private readonly ModelCatalog _catalog;

    /// <summary>A resolver for the models of <paramref name="catalog"/>.</summary>
    public ScenarioResolver(ModelCatalog catalog) => _catalog = catalog;

    /// <summary>Applies command-line overrides; each problem names the option it came from.</summary>
    /// <exception cref="InputException">An override is invalid.</exception>
    public Scenario ApplyOverrides(Scenario scenario, ScenarioOverrides overrides)
    {
        var problems = new List<string>();
        IModelFactory model = ModelOf(scenario);
        Scenario result = scenario;
        if (overrides.Replications is int reps)
        {
            if (reps < 1 || reps > ScenarioLoader.MaxReplications)
            {
                problems.Add($"--replications: must be an integer in [1, {ScenarioLoader.MaxReplications}], got {reps}");
            }
            else
            {
                result = result with { Replications = reps };
            }
        }

        if (overrides.Ticks is int ticks)
        {
            if (ticks < 1 || ticks > ScenarioLoader.MaxTicks)
            {
                problems.Add($"--ticks: must be an integer in [1, {ScenarioLoader.MaxTicks}], got {ticks}");
            }
            else
            {
                result = result with { Ticks = ticks };
            }
        }

        if (overrides.Seed is ulong seed)
        {
            result = result with { Seed = seed };
        }

        if (overrides.Policies is { Count: > 0 } wanted)
        {
            var kept = new List<PolicySpec>();
            foreach (string name in wanted)
            {
                PolicySpec? found = scenario.Policies.FirstOrDefault(p => p.Name == name);
                if (found is null && model.PolicyPresets.ContainsKey(name))
                {
                    found = new PolicySpec(name, name, []);
                }

                if (found is null)
                {
                    string[] known = scenario.Policies.Select(p => p.Name).Concat(model.PolicyPresets.Keys).Distinct().ToArray();
                    problems.Add($"--policy {name}: unknown policy" + JsonProblemReader.DidYouMean(NameSuggester.Closest(name, known)) + $"; known policies: {string.Join(", ", known)}");
                }
                else if (kept.Any(p => p.Name == found.Name))
                {
                    problems.Add($"--policy {name}: given twice");
                }
                else
                {
                    kept.Add(found);
                }
            }

            result = result with { Policies = kept };
        }

        if (overrides.Sets is { Count: > 0 } sets)
        {
            var values = new List<ParameterValue>(result.Overrides);
            foreach (string assignment in sets)
            {
                int eq = assignment.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    problems.Add($"--set {assignment}: expected path=value, e.g. --set incidents.novelty=0.6");
                    continue;
                }

                string name = assignment[..eq].Trim();
                string text = assignment[(eq + 1)..].Trim();
                if (!model.Parameters.TryGet(name, out ParameterSpec spec))
                {
                    problems.Add($"--set {assignment}: unknown parameter '{name}' of model '{model.Name}'" + JsonProblemReader.DidYouMean(model.Parameters.Suggest(name)) + "; 'teamsim params' lists them");
                    continue;
                }

                double? value = spec.ParseValue(text);
                string? problem = value is double v ? spec.Check(v) : $"must be {spec.AllowedText}, got '{text}'";
                if (problem is not null)
                {
                    problems.Add($"--set {assignment}: {name}: {problem}");
                    continue;
                }

                values.Add(new ParameterValue(name, value!.Value));
            }

            result = result with { Overrides = values };
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return result;
    }

    /// <summary>
    /// Binds a scenario to its model and resolves each policy's parameters: model defaults, then the
    /// scenario's parameters, the policy's preset, the policy's parameters and finally the overrides.
    /// </summary>
    /// <exception cref="InputException">A value is rejected by the registry.</exception>
    public ResolvedScenario Resolve(Scenario scenario)
    {
        IModelFactory model = ModelOf(scenario);
        var policies = new List<ResolvedPolicy>();
        var problems = new List<string>();
        foreach (PolicySpec policy in scenario.Policies)
        {
            ParameterSet set = model.Parameters.Defaults();
            try
            {
                set = Apply(set, scenario.Parameters);
                if (policy.Preset is not null)
                {
                    foreach (KeyValuePair<string, double> kv in model.PolicyPresets[policy.Preset])
                    {
                        set = set.With(kv.Key, kv.Value);
                    }
                }

                set = Apply(set, policy.Parameters);
                set = Apply(set, scenario.Overrides);
            }
            catch (ArgumentException e)
            {
                problems.Add($"{scenario.Source}: policy '{policy.Name}': {e.Message}");
                continue;
            }

            policies.Add(new ResolvedPolicy(policy.Name, policy.Preset, set));
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return new ResolvedScenario(scenario, model, policies);
    }

    /// <summary>
    /// Creates one model per policy (replication 0) so parameter combinations the model rejects
    /// (an <see cref="ArgumentException"/> from its constructor) are reported as bad input before
    /// anything runs. Call it after <see cref="ResourceEstimate"/> has accepted the sizes.
    /// </summary>
    /// <exception cref="InputException">The model rejects a policy's parameters.</exception>
    public static void CheckModelAccepts(ResolvedScenario resolved)
    {
        var problems = new List<string>();
        var workspace = new ModelWorkspace(); // the policies' models share their arrays: one team's memory, not one per policy
        foreach (ResolvedPolicy policy in resolved.Policies)
        {
            try
            {
                _ = resolved.Model.Create(policy.Parameters, new RunSeeds(resolved.Scenario.Seed, 0, 0), new ModelRunOptions(resolved.Scenario.Ticks, Workspace: workspace));
            }
            catch (ArgumentException e)
            {
                problems.Add($"{resolved.Scenario.Source}: policy '{policy.Name}': {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }
    }

    private static ParameterSet Apply(ParameterSet set, IReadOnlyList<ParameterValue> values)
    {
        foreach (ParameterValue v in values)
        {
            set = set.With(v.Name, v.Value);
        }

        return set;
    }

    private IModelFactory ModelOf(Scenario scenario) =>
        _catalog.TryGet(scenario.Model, out IModelFactory model)
            ? model
            : throw new InputException($"{scenario.Source}: $.model: unknown model '{scenario.Model}'; known models: {string.Join(", ", _catalog.Names)}");
}
