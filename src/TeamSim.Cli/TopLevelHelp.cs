using System.CommandLine;

namespace TeamSim.Cli;

/// <summary>The short <c>teamsim --help</c> and <c>teamsim help</c>: the commands, one line each; examples live under each command's help.</summary>
public static class TopLevelHelp
{
    /// <summary>Writes the short help of <paramref name="root"/>.</summary>
    public static void Write(RootCommand root, TextWriter output)
    {
        output.WriteLine(FirstLine(root.Description));
        output.WriteLine();
        output.WriteLine("Usage: teamsim COMMAND [options]");
        output.WriteLine();
        output.WriteLine("Commands:");
        var rows = root.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, CommandCatalog.Summaries.TryGetValue(c.Name, out string? line) ? line : Summary(c.Description))).ToList();
        int width = rows.Max(r => r.Name.Length) + 2;
        foreach (var (name, summary) in rows)
        {
            output.WriteLine($"  {name.PadRight(width)}{summary}");
        }

        output.WriteLine();
        output.WriteLine("Run 'teamsim help COMMAND' (or 'teamsim COMMAND --help') for its options and examples;");
        output.WriteLine("'teamsim --version' for the version and commit. Start with: teamsim run classroom");
        output.WriteLine("Exit codes: 0 success, 1 run failure, 2 bad input or usage.");
    }

    /// <summary>One line for a command without an entry in <see cref="CommandCatalog.Summaries"/>: the first sentence of its description up to any parenthesis, at most 90 characters.</summary>
    public static string Summary(string? description)
    {
        string line = FirstLine(description);
        int stop = line.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 0)
        {
            line = line[..stop];
        }

        int paren = line.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 20)
        {
            line = line[..paren];
        }

        line = line.TrimEnd('.', ':', ' ');
        return line.Length <= 90 ? line : line[..87].TrimEnd() + "...";
    }

    private static string FirstLine(string? text) => (text ?? string.Empty).Split('\n')[0].Trim();
}
