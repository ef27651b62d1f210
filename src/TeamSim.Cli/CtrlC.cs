namespace TeamSim.Cli;

/// <summary>
/// While alive, Ctrl+C (SIGINT) cancels <see cref="Token"/> instead of ending the process, so a command stops
/// at its next safe point (a finished chunk or generation, a deleted temporary folder) and says how to go on.
/// Dispose it as soon as the cancellable part is over: after that Ctrl+C ends the process again.
/// </summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly ConsoleCancelEventHandler _handler;

    /// <summary>Starts catching Ctrl+C.</summary>
    public CtrlC()
    {
        _handler = (_, e) =>
        {
            e.Cancel = true;
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Pressed just as the command left its cancellable part; it is finishing anyway.
            }
        };
        Console.CancelKeyPress += _handler;
    }

    /// <summary>Cancelled when Ctrl+C is pressed.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>True once Ctrl+C has been pressed.</summary>
    public bool IsPressed => _cancel.IsCancellationRequested;

    /// <summary>Stops catching Ctrl+C.</summary>
    public void Dispose()
    {
        Console.CancelKeyPress -= _handler;
        _cancel.Dispose();
    }
}
