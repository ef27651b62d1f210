using System.ComponentModel;
using System.Diagnostics;
using TeamSim.Experiments.Slurm;

namespace TeamSim.Output.Slurm;

/// <summary>Submits a <see cref="SlurmStudy"/> with <c>sbatch --parsable</c>: the array, then the merge job with <c>--dependency=afterok:ARRAY</c>.</summary>
public static class SlurmSubmitter
{
    /// <summary>Submits both jobs; returns their ids.</summary>
    /// <exception cref="IOException">sbatch is missing or refused a job.</exception>
    public static SlurmSubmission Submit(SlurmStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        string array = Sbatch(Path.Combine(study.Folder, SlurmStudy.ArrayScript));
        string merge = Sbatch("--dependency=afterok:" + array, Path.Combine(study.Folder, SlurmStudy.MergeScript));
        return new SlurmSubmission(array, merge);
    }

    private static string Sbatch(params string[] args)
    {
        var start = new ProcessStartInfo("sbatch")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--parsable");
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException("sbatch did not start");
        }
        catch (Win32Exception e)
        {
            throw new IOException($"cannot run sbatch ({e.Message}); is this a Slurm login node? The scripts are written: submit them there with submit.sh", e);
        }

        using (process)
        {
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            string message = error.GetAwaiter().GetResult().Trim();
            // --parsable prints "id" or "id;cluster".
            string id = output.Trim().Split(';')[0];
            if (process.ExitCode != 0 || id.Length == 0 || !id.All(char.IsAsciiDigit))
            {
                throw new IOException($"sbatch {string.Join(' ', args)} failed (exit {process.ExitCode}): {(message.Length > 0 ? message.ReplaceLineEndings(" ") : output.Trim())}");
            }

            return id;
        }
    }
}
