namespace TeamSim.Experiments;

/// <summary>Reads a user's input file (scenario, sweep) with the size bound and one-line errors every loader needs.</summary>
public static class InputFile
{
    /// <summary>The whole text of <paramref name="path"/>, refusing a missing, unreadable or too large file.</summary>
    /// <param name="path">The file as the user named it (used in messages).</param>
    /// <param name="maxBytes">Largest allowed size.</param>
    /// <param name="kind">What the file is, for the message ("a scenario", "a sweep file").</param>
    /// <exception cref="InputException">The file is missing, too large or unreadable.</exception>
    public static string ReadBounded(string path, long maxBytes, string kind)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(Directory.Exists(path)
                ? $"{path}: is a folder; give {kind} (a .json file)"
                : $"{path}: file not found");
        }

        if (info.Length > maxBytes)
        {
            throw new InputException($"{path}: file is {info.Length} bytes; {kind} may be at most {maxBytes} bytes");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", e);
        }
    }
}
