namespace TeamSim.Core.Parameters;

/// <summary>The type of a model parameter, which decides how it is parsed, validated and shown.</summary>
public enum ParameterKind
{
    /// <summary>A real number within [Min, Max].</summary>
    Real,

    /// <summary>A whole number within [Min, Max].</summary>
    Integer,

    /// <summary>A switch: stored as 0 (false) or 1 (true).</summary>
    Boolean,

    /// <summary>One of a fixed list of names; stored as the index into <see cref="ParameterSpec.Choices"/>.</summary>
    Choice,
}
