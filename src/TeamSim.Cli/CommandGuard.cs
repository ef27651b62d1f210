using System.CommandLine;
using TeamSim.Experiments;
using TeamSim.Experiments.Running;

namespace TeamSim.Cli;

/// <summary>Maps exceptions to exit codes and one-line messages, so every command reports errors alike.</summary>
public static class CommandGuard
{
    /// <summary>Wraps a command body: <see cref="InputException"/> gives exit 2, a failed run exit 1.</summary>
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
    };
}
