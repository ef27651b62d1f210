namespace TeamSim.Cli;

/// <summary>The checked values of a command's <see cref="CommonOptions"/> (defaults for the options it does not have).</summary>
/// <param name="Out">The <c>--out</c> folder, or null for the command's default.</param>
/// <param name="Force">Replace earlier results in <paramref name="Out"/>.</param>
/// <param name="Quiet">Print nothing but errors.</param>
/// <param name="Threads">Worker threads in [0, 1024] (0 = one per processor).</param>
/// <param name="Json">Print JSON for scripts (<c>--format json</c>) rather than text.</param>
/// <param name="MaxMemoryGb">Memory limit in GiB (positive).</param>
/// <param name="MaxMemberTicks">Work limit in member-ticks (positive).</param>
/// <param name="Verbose">Print the type and stack trace of unexpected errors.</param>
internal sealed record CommonValues(string? Out, bool Force, bool Quiet, int Threads, bool Json, double MaxMemoryGb, double MaxMemberTicks, bool Verbose);
