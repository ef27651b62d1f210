namespace TeamSim.Core.Parameters;

/// <summary>
/// An immutable, validated assignment of a value to every parameter of a registry.
/// Build it from <see cref="ParameterRegistry.Defaults"/> and <see cref="With(string, double)"/>.
/// </summary>
public sealed class ParameterSet : IEquatable<ParameterSet>
{
    private readonly double[] _values;

    internal ParameterSet(ParameterRegistry registry, double[] values)
    {
        Registry = registry;
        _values = values;
    }

    /// <summary>The registry this set belongs to.</summary>
    public ParameterRegistry Registry { get; }

    /// <summary>The value of a parameter by name.</summary>
    /// <exception cref="KeyNotFoundException">The name is not in the registry.</exception>
    public double this[string name]
    {
        get
        {
            int i = Registry.IndexOf(name);
            return i >= 0 ? _values[i] : throw new KeyNotFoundException($"unknown parameter {name}");
        }
    }

    /// <summary>The value at a registry position.</summary>
    public double this[int index] => _values[index];

    /// <summary>Integer value of a parameter.</summary>
    public int Int(string name) => (int)this[name];

    /// <summary>Boolean value of a parameter.</summary>
    public bool Bool(string name) => this[name] != 0;

    /// <summary>A copy with one value changed, validated against the parameter's range.</summary>
    /// <exception cref="ArgumentException">Unknown name or value out of range; the message says what is allowed.</exception>
    public ParameterSet With(string name, double value)
    {
        if (!Registry.TryGet(name, out ParameterSpec spec))
        {
            string? hint = Registry.Suggest(name);
            throw new ArgumentException($"unknown parameter '{name}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
        }

        string? problem = spec.Check(value);
        if (problem is not null)
        {
            throw new ArgumentException($"{name}: {problem}");
        }

        var copy = (double[])_values.Clone();
        copy[Registry.IndexOf(name)] = value;
        return new ParameterSet(Registry, copy);
    }

    /// <summary>The values in registry order.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <inheritdoc />
    public bool Equals(ParameterSet? other) =>
        other is not null && ReferenceEquals(Registry, other.Registry) && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParameterSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (double v in _values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }
}
