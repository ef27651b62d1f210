namespace TeamSim.Core.Parameters;

/// <summary>
/// The ordered, immutable list of a model's parameters. The CLI lists it (<c>teamsim params</c>),
/// loaders validate against it, and <see cref="ParameterSet"/> stores values in its order.
/// </summary>
public sealed class ParameterRegistry
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Builds a registry; names must be unique.</summary>
    public ParameterRegistry(IEnumerable<ParameterSpec> specs)
    {
        Specs = specs.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Specs.Count; i++)
        {
            if (!_index.TryAdd(Specs[i].Name, i))
            {
                throw new ArgumentException($"duplicate parameter name {Specs[i].Name}", nameof(specs));
            }

            string? problem = Specs[i].Check(Specs[i].Default);
            if (problem is not null)
            {
                throw new ArgumentException($"default of {Specs[i].Name} {problem}", nameof(specs));
            }
        }
    }

    /// <summary>Every parameter, in registry order.</summary>
    public IReadOnlyList<ParameterSpec> Specs { get; }

    /// <summary>Number of parameters.</summary>
    public int Count => Specs.Count;

    /// <summary>Position of a parameter, or -1 when unknown.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>Looks a parameter up by its dotted name.</summary>
    public bool TryGet(string name, out ParameterSpec spec)
    {
        if (_index.TryGetValue(name, out int i))
        {
            spec = Specs[i];
            return true;
        }

        spec = null!;
        return false;
    }

    /// <summary>The parameter set with every default.</summary>
    public ParameterSet Defaults()
    {
        var values = new double[Count];
        for (int i = 0; i < Count; i++)
        {
            values[i] = Specs[i].Default;
        }

        return new ParameterSet(this, values);
    }

    /// <summary>The closest known name to a misspelt one (edit distance at most a third of its length), or null.</summary>
    public string? Suggest(string name) => NameSuggester.Closest(name, _index.Keys);
}
