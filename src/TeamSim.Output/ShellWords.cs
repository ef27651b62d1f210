namespace TeamSim.Output;

/// <summary>Commands printed for the user to paste into a POSIX shell (such as the one that continues an interrupted study).</summary>
public static class ShellWords
{
    /// <summary>Joins <paramref name="words"/> with spaces, single-quoting those a shell would split or expand.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    /// <summary>
    /// <paramref name="word"/> as is when it holds only letters, digits and <c>_ - . / : = @ % + ,</c>; otherwise in
    /// single quotes, a quote inside becoming <c>'\''</c>.
    /// </summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        bool plain = word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':' or '=' or '@' or '%' or '+' or ',');
        return plain ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
