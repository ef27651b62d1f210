using System.Reflection;
using TeamSim.Core.Parameters;
using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

public sealed class TeamParametersTests
{
    [Fact]
    public void The_settings_read_every_declared_parameter_and_no_other()
    {
        var read = new SortedSet<string>(StringComparer.Ordinal);
        _ = new TeamSettings(TeamParameters.Registry.Defaults(), read);

        var declared = new SortedSet<string>(TeamParameters.Registry.Specs.Select(s => s.Name), StringComparer.Ordinal);
        Assert.Equal(declared, read);
    }

    [Fact]
    public void Every_parameter_definition_is_in_the_registry_once()
    {
        List<ParameterSpec> definitions = typeof(TeamParameters)
            .GetProperties(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ParameterSpec))
            .Select(p => (ParameterSpec)p.GetValue(null)!)
            .ToList();

        Assert.Equal(TeamParameters.Registry.Count, definitions.Count);
        Assert.All(definitions, d => Assert.Same(d, TeamParameters.Registry.Specs[TeamParameters.Registry.IndexOf(d.Name)]));
    }
}
