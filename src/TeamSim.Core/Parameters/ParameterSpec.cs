using System.Globalization;

namespace TeamSim.Core.Parameters;

/// <summary>
/// One documented, bounded model parameter: the single source of truth for its name (a dotted
/// path such as <c>leader.inquiry</c>), default, allowed range and meaning.
/// </summary>
/// <param name="Name">Dotted path used in scenario files, <c>--set</c> and sweep factors.</param>
/// <param name="Kind">Value type.</param>
/// <param name="Default">Default value (choice index for <see cref="ParameterKind.Choice"/>).</param>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value.</param>
/// <param name="Description">One line saying what the parameter means.</param>
/// <param name="Unit">Unit or scale ("probability", "ticks", ...).</param>
/// <param name="Source">Where the value or mechanism comes from (citation or "calibration").</param>
/// <param name="Symbol">The symbol used in docs/MODEL.md, if any.</param>
public sealed record ParameterSpec(
    string Name,
    ParameterKind Kind,
    double Default,
    double Min,
    double Max,
    string Description,
    string Unit = "",
    string Source = "",
    string Symbol = "")
{
    /// <summary>Allowed names for a <see cref="ParameterKind.Choice"/> parameter, else empty.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Checks a value; returns null when it is allowed, else a message saying what is allowed.</summary>
    public string? Check(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return $"must be a finite number, got {Format(value)}";
        }

        switch (Kind)
        {
            case ParameterKind.Boolean:
                return value is 0 or 1 ? null : $"must be true or false, got {Format(value)}";
            case ParameterKind.Choice:
                return value >= 0 && value < Choices.Count && value == Math.Floor(value)
                    ? null
                    : $"must be one of {string.Join(", ", Choices)}";
            case ParameterKind.Integer:
                if (value != Math.Floor(value))
                {
                    return $"must be an integer in [{Format(Min)}, {Format(Max)}], got {Format(value)}";
                }

                break;
        }

        return value < Min || value > Max ? $"must be {AllowedText}, got {Format(value)}" : null;
    }

    /// <summary>What is allowed, in words ("a number in [0, 1]").</summary>
    public string AllowedText => Kind switch
    {
        ParameterKind.Boolean => "true or false",
        ParameterKind.Choice => "one of " + string.Join(", ", Choices),
        ParameterKind.Integer => $"an integer in [{Format(Min)}, {Format(Max)}]",
        _ => $"a number in [{Format(Min)}, {Format(Max)}]",
    };

    /// <summary>Shows a stored value the way a user writes it (choice name, true/false, invariant number).</summary>
    public string FormatValue(double value) => Kind switch
    {
        ParameterKind.Boolean => value != 0 ? "true" : "false",
        ParameterKind.Choice when value >= 0 && value < Choices.Count => Choices[(int)value],
        _ => Format(value),
    };

    /// <summary>Parses a user-written value (number, true/false, or a choice name); null if it cannot.</summary>
    public double? ParseValue(string text)
    {
        text = text.Trim();
        if (Kind == ParameterKind.Boolean)
        {
            if (bool.TryParse(text, out bool b))
            {
                return b ? 1 : 0;
            }
        }

        if (Kind == ParameterKind.Choice)
        {
            for (int i = 0; i < Choices.Count; i++)
            {
                if (string.Equals(Choices[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
