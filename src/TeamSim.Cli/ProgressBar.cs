using System.Diagnostics;

namespace TeamSim.Cli;

/// <summary>
/// A one-line progress bar on stderr, shown only on a terminal and only once a run has taken more
/// than a second; silent when stderr is redirected or with <c>--quiet</c>.
/// </summary>
public sealed class ProgressBar : IProgress<int>, IDisposable
{
    private readonly int _total;
    private readonly TextWriter? _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDrawMs = -1000;
    private bool _drawn;

    /// <summary>Creates a bar for <paramref name="total"/> runs; draws nothing when <paramref name="writer"/> is null.</summary>
    public ProgressBar(int total, TextWriter? writer)
    {
        _total = Math.Max(1, total);
        _writer = writer;
    }

    /// <summary>The writer to draw on: stderr when it is a terminal and the user did not ask for quiet, else null.</summary>
    public static TextWriter? TerminalOrNull(TextWriter error, bool quiet) =>
        !quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null;

    /// <inheritdoc />
    public void Report(int value)
    {
        if (_writer is null || _clock.ElapsedMilliseconds < 1000)
        {
            return;
        }

        lock (_gate)
        {
            long now = _clock.ElapsedMilliseconds;
            if (now - _lastDrawMs < 100 && value < _total)
            {
                return;
            }

            _lastDrawMs = now;
            double share = Math.Min(1, (double)value / _total);
            int filled = (int)(share * 30);
            double eta = share > 0 ? (now / 1000.0) * (1 - share) / share : 0;
            _writer.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {value}/{_total} runs, {now / 1000.0:0}s elapsed, ~{eta:0}s left ");
            _drawn = true;
        }
    }

    /// <summary>Clears the bar's line.</summary>
    public void Dispose()
    {
        if (_writer is not null && _drawn)
        {
            lock (_gate)
            {
                _writer.Write("\r" + new string(' ', 79) + "\r");
            }
        }
    }
}
