using System.CommandLine;
using System.CommandLine.Invocation;
using TeamSim.Core.Models;
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
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"teamsim: {problem.Message}");
            }

            error.WriteLine("Run 'teamsim --help' (or 'teamsim COMMAND --help') for usage and examples.");
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = true });
    }
}
