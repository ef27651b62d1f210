using System.CommandLine;
using System.Text.RegularExpressions;
using TeamSim.Experiments;
using TeamSim.Experiments.Running;

namespace TeamSim.Cli;

/// <summary>Maps exceptions to exit codes and one-line messages, so every command reports errors alike.</summary>
public static partial class CommandGuard
{
    /// <summary>
    /// Wraps a command body: <see cref="InputException"/> gives exit 2, a failed run exit 1, and any other
    /// exception (a bug) one line and exit 1; the type and stack trace of a failure only under <c>--verbose</c>.
    /// </summary>
    public static Func<ParseResult, int> Wrap(Func<ParseResult, TextWriter, TextWriter, int> body) => parse =>
    {
        TextWriter output = parse.InvocationConfiguration.Output;
        TextWriter error = parse.InvocationConfiguration.Error;
        try
        {
            return body(parse, output, error);
        }
        catch (InputException e)
        {
            foreach (string problem in e.Problems)
            {
                error.WriteLine(problem);
            }

            return ExitCodes.BadInput;
        }
        catch (RunFailedException e)
        {
            error.WriteLine($"run failed: {e.Message}");
            if (CommonOptions.IsVerbose(parse))
            {
                error.WriteLine((e.InnerException ?? e).ToString());
            }

            return ExitCodes.RunFailed;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled; nothing was written");
            return ExitCodes.RunFailed;
        }
        catch (IOException e)
        {
            error.WriteLine($"run failed: {e.Message}");
            return ExitCodes.RunFailed;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"run failed: {e.Message}");
            return ExitCodes.RunFailed;
        }
        catch (Exception e)
        {
            // A bug, not the user's input: one line in normal use; the details on request, for a bug report.
            bool verbose = CommonOptions.IsVerbose(parse);
            error.WriteLine(Unexpected(parse.CommandResult.Command.Name, e, verbose));
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.RunFailed;
        }
    };

    /// <summary>
    /// The one line for an unexpected error in <paramref name="command"/>: its message when that is free of
    /// .NET type and parameter names, and where the details are.
    /// </summary>
    public static string Unexpected(string command, Exception error, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(error);
        string message = TypeNames().IsMatch(error.Message) ? string.Empty : ": " + ParameterSuffix().Replace(error.Message, string.Empty).ReplaceLineEndings(" ").Trim().TrimEnd('.');
        string details = verbose ? "; details follow" : "; run again with --verbose for the details to report";
        return $"teamsim {command}: unexpected error (a bug in TeamSim, not in your input){message}{details}";
    }

    /// <summary>What gives a .NET type away in a message: a namespace-qualified name, a generic arity or a Nullable.</summary>
    [GeneratedRegex(@"\bSystem\.|\bTeamSim\.|\bMicrosoft\.|`\d|Nullable")]
    private static partial Regex TypeNames();

    /// <summary>The " (Parameter 'name')" that argument exceptions append.</summary>
    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();
}
