using System.Diagnostics;

namespace TeamSim.Cli.Tests;

/// <summary>Starts the real <c>teamsim</c> as a child process (for kill, interrupt and concurrency tests).</summary>
internal static class CliProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teamsim.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Waits for the process and returns its exit code and output.</summary>
    public static (int Code, string Out, string Err) Finish(Process process)
    {
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill();
            throw new TimeoutException("teamsim did not finish within 3 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public static void Interrupt(Process process)
    {
        using Process kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
