namespace TeamSim.Experiments.Slurm;

/// <summary>
/// The command that starts this very <c>teamsim</c> binary, for job scripts: compute nodes run the
/// build that wrote the scripts and never rebuild.
/// </summary>
public static class TeamSimLauncher
{
    /// <summary>
    /// The words of the command: <c>[processPath]</c> for a published executable (self-contained or
    /// apphost), or <c>[dotnet, teamsim.dll]</c> when the process is the <c>dotnet</c> host running the dll.
    /// </summary>
    /// <param name="processPath">The running executable (<see cref="Environment.ProcessPath"/>).</param>
    /// <param name="entryAssemblyPath">The entry assembly's file (empty in a single-file publish).</param>
    /// <exception cref="InvalidOperationException">The running binary cannot be located.</exception>
    public static IReadOnlyList<string> Command(string? processPath, string? entryAssemblyPath)
    {
        if (string.IsNullOrEmpty(processPath))
        {
            throw new InvalidOperationException("cannot locate the running teamsim executable for the job scripts");
        }

        string host = Path.GetFileNameWithoutExtension(processPath);
        if (string.Equals(host, "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrEmpty(entryAssemblyPath))
            {
                throw new InvalidOperationException("running under 'dotnet' but the teamsim assembly cannot be located for the job scripts");
            }

            return [Path.GetFullPath(processPath), Path.GetFullPath(entryAssemblyPath)];
        }

        return [Path.GetFullPath(processPath)];
    }
}
