using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using TeamSim.Core.Models;
using TeamSim.Core.Parameters;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli;

/// <summary>The entry point of <c>teamsim</c>, callable in-process (tests pass their own writers).</summary>
public static class TeamSimCli
{
    /// <summary>Parses and runs a command line; returns the exit code (0 ok, 1 run failure, 2 bad input or usage).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, BuiltInModels.Catalog);

    /// <summary>Runs a command line against the given models (tests substitute small fakes).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, ModelCatalog models)
    {
        RootCommand root = CommandCatalog.Build(models);
        if (args.Length > 0 && args[0] == "help")
        {
            if (args.Length == 1)
            {
                TopLevelHelp.Write(root, output);
                return ExitCodes.Ok;
            }

            if (UnknownCommand(root, args.AsSpan(1)) is string problem)
            {
                error.WriteLine($"teamsim help: {problem}; see 'teamsim help'");
                return ExitCodes.BadInput;
            }

            // 'teamsim help run' is 'teamsim run --help', word for word.
            args = [.. args.AsSpan(1), "--help"];
        }

        // A mistyped command would otherwise be taken for an argument of a command further on ('rnu classroom').
        if (args.Length > 0 && !args[0].StartsWith('-') && args[0] != "help" && UnknownCommand(root, args.AsSpan(0, 1)) is string unknown)
        {
            error.WriteLine($"teamsim: {unknown}; see 'teamsim help'");
            return ExitCodes.BadInput;
        }

        ParseResult parse = root.Parse(args);
        if (parse.Action is HelpAction && parse.CommandResult.Command == root)
        {
            TopLevelHelp.Write(root, output);
            return ExitCodes.Ok;
        }

        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            error.WriteLine(UsageErrors.Describe(parse));
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = true });
    }

    /// <summary>Null when <paramref name="names"/> is a path of commands; else what is wrong, with a "did you mean".</summary>
    private static string? UnknownCommand(Command root, ReadOnlySpan<string> names)
    {
        Command current = root;
        foreach (string name in names)
        {
            Command? next = current.Subcommands.FirstOrDefault(c => c.Name == name || c.Aliases.Contains(name));
            if (next is null)
            {
                string? near = NameSuggester.Closest(name, current.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
                return near is null ? $"unknown command '{name}'" : $"unknown command '{name}' (did you mean '{near}'?)";
            }

            current = next;
        }

        return null;
    }
}
