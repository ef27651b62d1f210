using TeamSim.Cli.Commands;

namespace TeamSim.Cli.Tests;

public sealed class CountedTests
{
    [Theory]
    [InlineData(1, "thread", null, "1 thread")]
    [InlineData(2, "thread", null, "2 threads")]
    [InlineData(0, "run", null, "0 runs")]
    [InlineData(1, "policy", "policies", "1 policy")]
    [InlineData(3, "policy", "policies", "3 policies")]
    public void Counts_take_the_singular_only_for_one(long n, string noun, string? plural, string expected) =>
        Assert.Equal(expected, Counted.Of(n, noun, plural));
}
