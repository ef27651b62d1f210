namespace TeamSim.Output.Tests;

public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("results/sweeps/grid/20261204-120005", "results/sweeps/grid/20261204-120005")]
    [InlineData("--shard", "--shard")]
    [InlineData("my sweep.json", "'my sweep.json'")]
    [InlineData("it's.json", "'it'\\''s.json'")]
    [InlineData("$HOME/a", "'$HOME/a'")]
    [InlineData("", "''")]
    public void Words_a_shell_would_split_or_expand_are_single_quoted(string word, string quoted) =>
        Assert.Equal(quoted, ShellWords.Quote(word));

    [Fact]
    public void A_command_joins_its_words_with_spaces() =>
        Assert.Equal("teamsim sweep 'a b.json' --resume", ShellWords.Join(["teamsim", "sweep", "a b.json", "--resume"]));
}
