using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using TeamSim.Core.Parameters;

namespace TeamSim.Cli;

/// <summary>
/// Turns the parser's errors into one line in the user's words: the mistyped command or option with a
/// "did you mean" (the same <see cref="NameSuggester"/> as for scenario keys), or the option, the value and
/// what is allowed, never a .NET type name.
/// </summary>
public static partial class UsageErrors
{
    /// <summary>The one-line message for a command line that did not parse (callers print it after "teamsim").</summary>
    public static string Describe(ParseResult parse)
    {
        Command command = parse.CommandResult.Command;
        string where = CommandPath(command);
        string help = command is RootCommand ? "see 'teamsim help'" : $"see 'teamsim help {where}'";
        string prefix = command is RootCommand ? "teamsim" : $"teamsim {where}";

        // An unknown token first: the tokens after it are usually its value, so it is the one problem to name.
        if (parse.UnmatchedTokens.Count > 0)
        {
            return $"{prefix}: {DescribeUnmatched(parse.UnmatchedTokens[0], command)}; {help}";
        }

        ParseError? first = parse.Errors.Count > 0 ? parse.Errors[0] : null;
        if (first is null)
        {
            return $"{prefix}: the command line did not parse; {help}";
        }

        OptionResult? option = first.SymbolResult as OptionResult ?? first.SymbolResult?.Parent as OptionResult;
        if (option is not null && option.Tokens.Count > 0 && Allowed(option.Option.ValueType) is string allowed)
        {
            string value = string.Join(' ', option.Tokens.Select(t => t.Value));
            return $"{prefix}: {option.Option.Name} {value}: must be {allowed}; {help}";
        }

        if (command is RootCommand && parse.Tokens.Count == 0)
        {
            return "teamsim: no command given; see 'teamsim help' for the commands";
        }

        if (first.Message.StartsWith("Required argument", StringComparison.Ordinal) && command.Arguments.Count > 0)
        {
            return $"{prefix}: missing {string.Join(' ', command.Arguments.Select(a => a.Name.ToUpperInvariant()))}; {help}";
        }

        return $"{prefix}: {WithoutTypeNames(first.Message)}; {help}";
    }

    /// <summary>An unknown token: a mistyped option, a mistyped command, or an argument too many.</summary>
    private static string DescribeUnmatched(string token, Command command)
    {
        if (token.StartsWith('-') && token.Length > 1 && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            string? option = NameSuggester.Closest(token, OptionNames(command));
            return option is null
                ? $"unknown option '{token}'"
                : $"unknown option '{token}' (did you mean '{option}'?)";
        }

        if (command.Subcommands.Count > 0)
        {
            string? sub = NameSuggester.Closest(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return sub is null
                ? $"unknown command '{token}'"
                : $"unknown command '{token}' (did you mean '{sub}'?)";
        }

        return $"unexpected argument '{token}'";
    }

    /// <summary>Every option name and alias that <paramref name="command"/> accepts, its ancestors' recursive options included.</summary>
    public static IEnumerable<string> OptionNames(Command command)
    {
        var options = new List<Option>(command.Options);
        for (Command? c = ParentCommand(command); c is not null; c = ParentCommand(c))
        {
            options.AddRange(c.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The command's path below the root, e.g. <c>run</c> or <c>sweep</c>.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = ParentCommand(c))
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    private static Command? ParentCommand(Command command) => command.Parents.OfType<Command>().FirstOrDefault();

    /// <summary>What an option of this value type accepts, in words; null for free text.</summary>
    private static string? Allowed(Type type)
    {
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray)
        {
            t = t.GetElementType()!;
        }

        if (t == typeof(int) || t == typeof(long))
        {
            return "an integer";
        }

        if (t == typeof(uint) || t == typeof(ulong))
        {
            return t == typeof(ulong) ? "a whole number in [0, 18446744073709551615]" : "a whole number in [0, 4294967295]";
        }

        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal))
        {
            return "a number, e.g. 0.5";
        }

        if (t == typeof(bool))
        {
            return "true or false (or nothing)";
        }

        return t.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant())) : null;
    }

    /// <summary>Removes the parser's "as expected type 'System....'" and any other CLR type name from a message.</summary>
    public static string WithoutTypeNames(string message)
    {
        string text = ExpectedType().Replace(message, string.Empty);
        text = ClrTypeName().Replace(text, "a value");
        return text.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"\s*as expected type '[^']*'")]
    private static partial Regex ExpectedType();

    [GeneratedRegex(@"'?System\.[A-Za-z0-9_.`\[\],]+'?")]
    private static partial Regex ClrTypeName();
}
