using TeamSim.Experiments.Running;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Output.Pipeline;

/// <summary>What to run and where to write it: everything <see cref="RunPipeline"/> needs, whoever asks (a command, a test, a script).</summary>
/// <param name="Scenario">A scenario file (.json) or a built-in scenario name.</param>
/// <param name="StartedUtc">When the request was made: names the default folder and is recorded in the manifest.</param>
/// <param name="CommandLine">The command-line arguments recorded in the manifest and shown in report.html as the command to reproduce the run.</param>
public sealed record RunRequest(string Scenario, DateTimeOffset StartedUtc, IReadOnlyList<string> CommandLine)
{
    /// <summary>Replications, seed, ticks, policies and parameters that replace the scenario's.</summary>
    public ScenarioOverrides Overrides { get; init; } = new();

    /// <summary>The results folder; null for a new <c>results/&lt;scenario&gt;/&lt;yyyyMMdd-HHmmss&gt;/</c>.</summary>
    public string? Out { get; init; }

    /// <summary>Replace the contents of a non-empty <see cref="Out"/> folder of earlier results.</summary>
    public bool Force { get; init; }

    /// <summary>Draw the plots and write report.html.</summary>
    public bool Plots { get; init; } = true;

    /// <summary>Also write events.csv.</summary>
    public bool Events { get; init; }

    /// <summary>Worker threads, in [0, 1024] (0 = one per processor); results do not depend on it.</summary>
    public int Threads { get; init; }

    /// <summary>Refuse runs estimated to need more memory than this, in GiB (positive).</summary>
    public double MaxMemoryGb { get; init; } = ResourceEstimate.DefaultMemoryLimitBytes / (1024d * 1024 * 1024);

    /// <summary>Refuse runs of more member-ticks (members x ticks x replications x policies) than this (positive).</summary>
    public double MaxMemberTicks { get; init; } = ResourceEstimate.DefaultMemberTickLimit;
}
