using System.Globalization;
using System.Text.RegularExpressions;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli.Tests;

/// <summary>docs/MODEL.md section 9 must list exactly what <c>teamsim params</c> lists: names, defaults and ranges.</summary>
public sealed partial class ModelDocumentationTests
{
    [Fact]
    public void The_parameter_table_in_model_md_matches_teamsim_params_in_names_defaults_and_ranges()
    {
        var result = CliRunner.Run(BuiltInModels.Catalog, "params");
        Assert.Equal(0, result.Code);
        var cli = new Dictionary<string, (string Default, string Allowed)>(StringComparer.Ordinal);
        foreach (string line in result.Out.Split('\n').Skip(1))
        {
            var m = CliRow().Match(line);
            if (m.Success)
            {
                cli[m.Groups["name"].Value] = (m.Groups["default"].Value, m.Groups["allowed"].Value.Trim());
            }
        }

        var doc = new Dictionary<string, (string Default, string Allowed)>(StringComparer.Ordinal);
        string model = File.ReadAllText(Path.Combine(CliRunner.RepoRoot(), "docs", "MODEL.md"));
        foreach (Match m in DocRow().Matches(model))
        {
            doc[m.Groups["name"].Value] = (m.Groups["default"].Value.Trim(), m.Groups["range"].Value.Trim());
        }

        Assert.True(cli.Count > 90, $"teamsim params listed {cli.Count} team parameters");
        Assert.Equal(cli.Keys.Order(StringComparer.Ordinal), doc.Keys.Order(StringComparer.Ordinal));
        var mismatches = new List<string>();
        foreach (var (name, (def, allowed)) in cli)
        {
            var (docDefault, docRange) = doc[name];
            if (docDefault != def || Allowed(docRange) != allowed)
            {
                mismatches.Add($"{name}: params says {def} / {allowed}, MODEL.md says {docDefault} / {docRange}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("; ", mismatches));
    }

    /// <summary>MODEL.md's range column in the words <c>teamsim params</c> uses.</summary>
    private static string Allowed(string range)
    {
        if (range == "true/false")
        {
            return "true or false";
        }

        if (range.StartsWith("one of ", StringComparison.Ordinal))
        {
            return range;
        }

        bool integer = range.EndsWith(" integer", StringComparison.Ordinal);
        string bounds = integer ? range[..^" integer".Length] : range;
        return string.Create(CultureInfo.InvariantCulture, $"{(integer ? "an integer" : "a number")} in {bounds}");
    }

    // "team.size   8   an integer in [2, 100000]   Members ..." (the team model's names only).
    [GeneratedRegex(@"^(?<name>[a-z_]+\.[a-z_0-9.]+)\s+(?<default>\S+)\s+(?<allowed>(an integer in|a number in) \[[^\]]*\]|true or false|one of [a-z, ]+?)\s{2,}")]
    private static partial Regex CliRow();

    // "| `team.size` | N | 8 | [2, 100000] integer | ..."
    [GeneratedRegex(@"^\| `(?<name>[a-z_]+\.[a-z_0-9.]+)` \|[^|]*\| (?<default>[^|]+) \| (?<range>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex DocRow();
}
