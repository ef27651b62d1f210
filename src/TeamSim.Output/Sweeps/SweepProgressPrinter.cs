using System.Diagnostics;
using System.Globalization;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// Shows sweep progress on stderr: a bar with runs done, runs/s and ETA redrawn in place on a
/// terminal; a plain line every few seconds when stderr is a file or pipe (logs, Slurm).
/// </summary>
public sealed class SweepProgressPrinter : IProgress<long>, IDisposable
{
    private readonly TextWriter _writer;
    private readonly long _total;
    private readonly bool _interactive;
    private readonly TimeSpan _interval;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private long _startDone = -1;
    private long _done;
    private long _printedDone = -1;
    private TimeSpan? _lastPrint;

    /// <summary>Creates a printer.</summary>
    /// <param name="writer">Where to print (stderr).</param>
    /// <param name="total">Runs in this execution's shard.</param>
    /// <param name="interactive">True for a terminal (redraw in place), false for plain periodic lines.</param>
    public SweepProgressPrinter(TextWriter writer, long total, bool interactive)
    {
        _writer = writer;
        _total = total;
        _interactive = interactive;
        _interval = interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(10);
    }

    /// <inheritdoc />
    public void Report(long value)
    {
        lock (_lock)
        {
            if (_startDone < 0)
            {
                _startDone = value;
            }

            _done = Math.Max(_done, value);
            TimeSpan now = _clock.Elapsed;
            if (_lastPrint is null || now - _lastPrint.Value >= _interval || _done == _total)
            {
                _lastPrint = now;
                Print(now);
            }
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_printedDone != _done)
            {
                Print(_clock.Elapsed);
            }

            if (_interactive)
            {
                _writer.WriteLine();
            }
        }
    }

    private void Print(TimeSpan elapsed)
    {
        _printedDone = _done;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        double rate = (_done - Math.Max(0, _startDone)) / seconds;
        string eta = rate > 0 && _done < _total ? Format(TimeSpan.FromSeconds((_total - _done) / rate)) : "0:00";
        double share = _total > 0 ? (double)_done / _total : 1;
        string text = string.Create(CultureInfo.InvariantCulture, $"{_done}/{_total} runs ({share:P0}), {rate:F1} runs/s, ETA {eta}");
        if (_interactive)
        {
            const int width = 30;
            int filled = (int)Math.Round(share * width);
            _writer.Write("\r[" + new string('#', filled) + new string('-', width - filled) + "] " + text + "   ");
        }
        else
        {
            _writer.WriteLine("sweep: " + text);
        }

        _writer.Flush();
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:D2}:{t.Seconds:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:D2}");
}
