using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TeamSim.Cli.Tests.Slurm;

/// <summary>Talks to the local Slurm cluster with its command-line tools: is it there, job states, waiting.</summary>
internal static partial class SlurmCluster
{
    private static readonly Lazy<string?> Missing = new(FindProblem);

    /// <summary>True when the tests run in CI, where a missing cluster is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why Slurm cannot be used here, or null when it can.</summary>
    public static string? Problem => Missing.Value;

    /// <summary>Runs a command; returns its exit code and standard output and error.</summary>
    public static (int Code, string Out, string Err) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Fails with the reason when the cluster is missing (in CI, where the test is not skipped).</summary>
    public static void Require() =>
        Assert.True(Problem is null, $"CI=true but Slurm cannot be used: {Problem}; .ci/run must run 'bash scripts/slurm-local.sh' before the tests");

    /// <summary>The fields of job <paramref name="id"/> (one array task or a plain job) from <c>scontrol -o show job</c>; empty when unknown.</summary>
    public static Dictionary<string, string> Job(string id)
    {
        var (code, output, _) = Run("scontrol", "-o", "show", "job", id);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (code != 0)
        {
            return fields;
        }

        foreach (Match m in FieldPattern().Matches(output.Split('\n')[0]))
        {
            fields.TryAdd(m.Groups[1].Value, m.Groups[2].Value);
        }

        return fields;
    }

    /// <summary>Polls job <paramref name="id"/> until <paramref name="done"/> holds for its fields; fails after <paramref name="timeout"/>, or early when it can no longer happen.</summary>
    public static Dictionary<string, string> WaitFor(string id, Func<Dictionary<string, string>, bool> done, TimeSpan timeout, string what, string logs)
    {
        var clock = Stopwatch.StartNew();
        Dictionary<string, string> job = [];
        while (clock.Elapsed < timeout)
        {
            job = Job(id);
            if (done(job))
            {
                return job;
            }

            string reason = job.GetValueOrDefault("Reason", string.Empty);
            string state = job.GetValueOrDefault("JobState", string.Empty);
            if (reason == "DependencyNeverSatisfied" || state is "FAILED" or "CANCELLED" or "TIMEOUT" or "NODE_FAIL" or "OUT_OF_MEMORY" or "BOOT_FAIL")
            {
                break;
            }

            Thread.Sleep(250);
        }

        Assert.Fail($"job {id}: {what} did not happen within {timeout.TotalSeconds:0} s (JobState={job.GetValueOrDefault("JobState")}, Reason={job.GetValueOrDefault("Reason")}); logs:\n{Logs(logs)}");
        return job;
    }

    /// <summary>Every log file in <paramref name="folder"/>, for failure messages.</summary>
    public static string Logs(string folder) =>
        Directory.Exists(folder)
            ? string.Join("\n", Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => $"== {Path.GetFileName(f)}\n{File.ReadAllText(f)}"))
            : "(no logs)";

    private static string? FindProblem()
    {
        try
        {
            var (code, output, error) = Run("sinfo", "-h", "-o", "%t");
            if (code != 0)
            {
                return $"sinfo failed: {error.Trim()}";
            }

            string[] states = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!states.Any(s => s is "idle" or "mix" or "alloc" or "comp"))
            {
                return $"no usable node (states: {string.Join(", ", states)})";
            }

            return Run("sbatch", "--version").Code == 0 ? null : "sbatch does not run";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "sinfo/sbatch not found (Slurm is not installed)";
        }
    }

    [GeneratedRegex(@"(\w+)=(\S*)")]
    private static partial Regex FieldPattern();
}
