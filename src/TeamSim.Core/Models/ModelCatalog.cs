namespace TeamSim.Core.Models;

/// <summary>The models a scenario can name, looked up by <see cref="IModelFactory.Name"/>.</summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, IModelFactory> _models;

    /// <summary>Builds a catalog from factories with distinct names.</summary>
    public ModelCatalog(IEnumerable<IModelFactory> models) =>
        _models = models.ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>Every model name, sorted.</summary>
    public IReadOnlyList<string> Names => _models.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Finds a model by name.</summary>
    public bool TryGet(string name, out IModelFactory model) => _models.TryGetValue(name, out model!);
}
