using TeamSim.Core.Parameters;
using TeamSim.Core.Team;

namespace TeamSim.Explorer.Simulation;

/// <summary>
/// One control of the explorer: a model parameter with a plain-language label. Its range, default
/// and meaning come from <see cref="TeamParameters.Registry"/>, the list <c>teamsim params</c> prints.
/// </summary>
/// <param name="Name">The parameter's dotted name (also its key in the share link).</param>
/// <param name="Label">What the control means, in words a student understands.</param>
public sealed record ExplorerControl(string Name, string Label)
{
    /// <summary>The registry entry: kind, default, allowed range and description.</summary>
    public ParameterSpec Spec => TeamParameters.Registry.TryGet(Name, out ParameterSpec spec)
        ? spec
        : throw new InvalidOperationException($"unknown parameter {Name}");

    /// <summary>True when a slider suits the range (a probability or another short range of reals).</summary>
    public bool IsSlider => Spec.Kind == ParameterKind.Real && Spec.Max - Spec.Min <= 1;

    /// <summary>The HTML id of the control for policy <paramref name="prefix"/> ("a", "b") or shared ("").</summary>
    public string HtmlId(string prefix) =>
        (prefix.Length == 0 ? string.Empty : prefix + "-") + Name.Replace('.', '-').Replace('_', '-');

    /// <summary>The nearest allowed value: clamped to the range, whole for integers, 0/1 for switches, a valid choice index.</summary>
    public double Clamp(double value)
    {
        ParameterSpec spec = Spec;
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return spec.Default;
        }

        value = Math.Clamp(value, spec.Min, spec.Max);
        return spec.Kind switch
        {
            ParameterKind.Integer => Math.Round(value),
            ParameterKind.Boolean => value >= 0.5 ? 1 : 0,
            ParameterKind.Choice => Math.Clamp(Math.Round(value), 0, spec.Choices.Count - 1),
            _ => value,
        };
    }
}
