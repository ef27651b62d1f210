using System.CommandLine;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Cli;

/// <summary>
/// The options several commands share (<c>--out</c>, <c>--force</c>, <c>--quiet</c>, <c>--threads</c>,
/// <c>--max-memory-gb</c>, <c>--max-member-ticks</c>, <c>--verbose</c>), each built here with one name, alias
/// and help text, and read by <see cref="Read"/> with its checks. A command sets the ones it has, adds them
/// where its help should list them, and reads them all at once.
/// </summary>
internal sealed class CommonOptions
{
    /// <summary>The name of <see cref="VerboseOption"/>, which <see cref="CommandGuard"/> looks up on every command.</summary>
    public const string VerboseName = "--verbose";

    /// <summary><c>--out</c>/<c>-o</c>, the results folder, or null when the command has none.</summary>
    public Option<string?>? Out { get; init; }

    /// <summary><c>--force</c>, or null.</summary>
    public Option<bool>? Force { get; init; }

    /// <summary><c>--quiet</c>/<c>-q</c>, or null.</summary>
    public Option<bool>? Quiet { get; init; }

    /// <summary><c>--threads</c>, or null.</summary>
    public Option<int>? Threads { get; init; }

    /// <summary><c>--format</c> (text or json), or null.</summary>
    public Option<string>? Format { get; init; }

    /// <summary><c>--max-memory-gb</c>, or null (set together with <see cref="MaxMemberTicks"/>).</summary>
    public Option<double>? MaxMemoryGb { get; init; }

    /// <summary><c>--max-member-ticks</c>, or null (set together with <see cref="MaxMemoryGb"/>).</summary>
    public Option<double>? MaxMemberTicks { get; init; }

    /// <summary><c>--out</c>/<c>-o</c> with <paramref name="description"/> (where the default folder is, or what the folder holds).</summary>
    public static Option<string?> OutOption(string description, bool required = false) =>
        new("--out", "-o") { Description = description, Required = required };

    /// <summary><c>--force</c> with <paramref name="description"/> (what it replaces).</summary>
    public static Option<bool> ForceOption(string description = "Replace the contents of a non-empty --out folder.") =>
        new("--force") { Description = description };

    /// <summary><c>--quiet</c>/<c>-q</c>.</summary>
    public static Option<bool> QuietOption() =>
        new("--quiet", "-q") { Description = "Print nothing but errors." };

    /// <summary><c>--threads</c>, default 0 (one per processor).</summary>
    public static Option<int> ThreadsOption() =>
        new("--threads") { Description = "Worker threads (0 = one per processor). Results do not depend on it.", DefaultValueFactory = _ => 0 };

    /// <summary><c>--format</c>: text (for people, the default) or json (for scripts).</summary>
    public static Option<string> FormatOption() =>
        new("--format") { Description = "Output format: text (a table) or json (for scripts).", DefaultValueFactory = _ => "text" };

    /// <summary><c>--max-memory-gb</c> for a command that runs <paramref name="what"/> ("runs", "studies").</summary>
    public static Option<double> MaxMemoryGbOption(string what) =>
        new("--max-memory-gb") { Description = $"Refuse {what} estimated to need more memory than this (GiB).", DefaultValueFactory = _ => ResourceEstimate.DefaultMemoryLimitBytes / (1024d * 1024 * 1024) };

    /// <summary><c>--max-member-ticks</c> for a command that runs <paramref name="what"/>, counted as <paramref name="product"/>.</summary>
    public static Option<double> MaxMemberTicksOption(string what, string product) =>
        new("--max-member-ticks") { Description = $"Refuse {what} of more member-ticks ({product}) than this.", DefaultValueFactory = _ => ResourceEstimate.DefaultMemberTickLimit };

    /// <summary><c>--verbose</c>, added once to the root command and inherited by every command.</summary>
    public static Option<bool> VerboseOption() =>
        new(VerboseName) { Description = "On an unexpected error, also print its .NET type and stack trace (for a bug report).", Recursive = true };

    /// <summary>Reads and checks the values: <c>--threads</c> in [0, 1024], <c>--format</c> text or json, the resource limits positive.</summary>
    /// <exception cref="Experiments.InputException">A value is out of range.</exception>
    public CommonValues Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        int threads = Threads is null ? 0 : OptionChecks.Threads(parse.GetValue(Threads));
        string format = Format is null ? "text" : parse.GetValue(Format)!;
        if (format is not ("text" or "json"))
        {
            throw new Experiments.InputException($"--format {format}: must be text or json");
        }

        double memoryGb = MaxMemoryGb is null ? ResourceEstimate.DefaultMemoryLimitBytes / (1024d * 1024 * 1024) : parse.GetValue(MaxMemoryGb);
        double memberTicks = MaxMemberTicks is null ? ResourceEstimate.DefaultMemberTickLimit : parse.GetValue(MaxMemberTicks);
        if (MaxMemoryGb is not null || MaxMemberTicks is not null)
        {
            OptionChecks.ResourceLimits(memoryGb, memberTicks);
        }

        return new CommonValues(
            Out is null ? null : parse.GetValue(Out),
            Force is not null && parse.GetValue(Force),
            Quiet is not null && parse.GetValue(Quiet),
            threads,
            format == "json",
            memoryGb,
            memberTicks,
            IsVerbose(parse));
    }

    /// <summary>True when <c>--verbose</c> was given to the parsed command (false when the command tree has no such option).</summary>
    public static bool IsVerbose(ParseResult parse) =>
        parse.GetResult(VerboseName) is System.CommandLine.Parsing.OptionResult { Implicit: false } result
        && result.GetValueOrDefault<bool>();
}
