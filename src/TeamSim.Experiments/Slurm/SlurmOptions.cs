using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamSim.Experiments.Slurm;

/// <summary>
/// How a sweep is laid out on a Slurm cluster: the number of shards (array tasks) and the
/// resources each task asks for. Built and validated by <see cref="Create"/> only.
/// </summary>
/// <param name="Shards">Array tasks, one shard of the sweep each; at least 1.</param>
/// <param name="Partition">Slurm partition (<c>--partition</c>), or null for the cluster default.</param>
/// <param name="Time">Wall-time limit of each task, <c>HH:MM:SS</c> or <c>D-HH:MM:SS</c>, or null for the partition default.</param>
/// <param name="CpusPerTask">CPUs of each task (<c>--cpus-per-task</c>), also the sweep's worker threads; 1 to 1024.</param>
/// <param name="Memory">Memory of each task (<c>--mem</c>, e.g. <c>4G</c>), or null for the partition default.</param>
/// <param name="Account">Account to charge (<c>--account</c>), or null for the user's default.</param>
public sealed partial record SlurmOptions(int Shards, string? Partition, string? Time, int CpusPerTask, string? Memory, string? Account)
{
    /// <summary>Most array tasks accepted (Slurm's own limit, MaxArraySize, is usually lower: 1001 by default).</summary>
    public const int MaxShards = 1_000_000;

    /// <summary>Validates the options; each problem is one line naming the option.</summary>
    /// <exception cref="InputException">An option is out of range or malformed.</exception>
    public static SlurmOptions Create(int shards, string? partition, string? time, int cpusPerTask, string? memory, string? account)
    {
        var problems = new List<string>();
        if (shards < 1 || shards > MaxShards)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--shards: must be an integer in [1, {MaxShards}], got {shards}"));
        }

        if (time is not null && !TimePattern().IsMatch(time))
        {
            problems.Add($"--time: expected HH:MM:SS or D-HH:MM:SS (e.g. 02:00:00 or 1-12:00:00), got '{time}'");
        }

        if (cpusPerTask < 1 || cpusPerTask > 1024)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--cpus-per-task: must be an integer in [1, 1024], got {cpusPerTask}"));
        }

        if (memory is not null && !MemoryPattern().IsMatch(memory))
        {
            problems.Add($"--mem: expected a size like 4000, 4000M or 4G (K, M, G, T), got '{memory}'");
        }

        if (partition is not null && !NamePattern().IsMatch(partition))
        {
            problems.Add($"--partition: expected a partition name (letters, digits, '_', '-', '.', comma-separated), got '{partition}'");
        }

        if (account is not null && !NamePattern().IsMatch(account))
        {
            problems.Add($"--account: expected an account name (letters, digits, '_', '-', '.'), got '{account}'");
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return new SlurmOptions(shards, partition, time, cpusPerTask, memory, account);
    }

    [GeneratedRegex(@"^(\d{1,4}-)?\d{1,4}:[0-5]\d:[0-5]\d$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[1-9]\d{0,9}[KMGTkmgt]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MemoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+(,[A-Za-z0-9_.\-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
