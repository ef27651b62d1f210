namespace TeamSim.Experiments;

/// <summary>
/// Bad input from a user: a scenario file, a command-line override or an output folder that cannot
/// be used. Each problem is one line <c>WHERE: $.json.path: message</c>; the CLI exits with code 2.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an exception for one or more problems, each already formatted as one line.</summary>
    public InputException(IReadOnlyList<string> problems)
        : base(problems.Count > 0 ? problems[0] : "bad input") => Problems = problems;

    /// <summary>Creates an exception for one problem.</summary>
    public InputException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates an exception for one problem.</summary>
    public InputException()
        : this("bad input")
    {
    }

    /// <summary>Creates an exception for one problem with an inner cause.</summary>
    public InputException(string problem, Exception innerException)
        : base(problem, innerException) => Problems = [problem];

    /// <summary>Every problem found, one line each, in the order found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
