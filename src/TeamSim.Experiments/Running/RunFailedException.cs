namespace TeamSim.Experiments.Running;

/// <summary>A model run failed (a bug or a broken invariant, not bad input); the CLI exits with code 1.</summary>
public sealed class RunFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RunFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RunFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
