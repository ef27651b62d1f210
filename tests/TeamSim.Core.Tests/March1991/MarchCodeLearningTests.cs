namespace TeamSim.Core.Tests.March1991;

public sealed class MarchCodeLearningTests
{
    [Fact]
    public void The_code_takes_a_strict_majority_of_superior_actions_even_against_reality()
    {
        // Code score 1; members A and B score 3, C scores 5: all superior. On dimension 0 their
        // actions are -1, -1, +1: a strict majority for -1 with k = 1, which p2 = 1 adopts.
        var model = MarchStates.Model(MarchStates.Parameters(m: 5, n: 3, p2: 1));
        model.SetReality([1, 1, 1, 1, 1]);
        model.SetCode([1, 0, 0, 0, 0]);
        model.SetActions(0, [-1, 1, 1, 1, 1]);
        model.SetActions(1, [-1, 1, 1, 1, 1]);
        model.SetActions(2, [1, 1, 1, 1, 1]);

        model.LearnCode();

        Assert.Equal(3, model.SuperiorCount);
        Assert.Equal(-1, model.VoteMargin(0));
        Assert.Equal([-1, 1, 1, 1, 1], MarchStates.Code(model, 5));
    }

    [Fact]
    public void A_tie_among_superior_members_leaves_the_code_as_it_is()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 3, n: 2, p2: 1));
        model.SetReality([1, 1, 1]);
        model.SetCode([0, 0, -1]);
        model.SetActions(0, [1, 1, -1]);
        model.SetActions(1, [1, -1, 1]);

        model.LearnCode();

        Assert.Equal(2, model.SuperiorCount);
        Assert.Equal(0, model.VoteMargin(1));
        Assert.Equal([1, 0, -1], MarchStates.Code(model, 3));
    }

    [Fact]
    public void Without_a_superior_member_the_code_stays_even_when_members_agree()
    {
        // Code score 2. Member 0 only equals it (not superior); member 1 scores -4.
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 2, p2: 1));
        model.SetReality([1, 1, 1, 1]);
        model.SetCode([1, 1, 0, 0]);
        model.SetActions(0, [1, 1, 1, -1]);
        model.SetActions(1, [-1, -1, -1, -1]);

        model.LearnCode();

        Assert.Equal(0, model.SuperiorCount);
        Assert.Equal([1, 1, 0, 0], MarchStates.Code(model, 4));
    }

    [Fact]
    public void The_margin_k_is_majority_minus_minority_among_superior_members_only()
    {
        // Code score 0. Members 0-3 score 2 with +1 on dimension 0, member 4 scores 2 with -1 there;
        // member 5 would vote -1 too but scores -2 and is not superior.
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 6, p2: 0));
        model.SetReality([1, 1, 1, 1]);
        model.SetCode([0, 0, 0, 0]);
        for (int i = 0; i < 4; i++)
        {
            model.SetActions(i, [1, 1, 1, -1]);
        }

        model.SetActions(4, [-1, 1, 1, 1]);
        model.SetActions(5, [-1, -1, -1, 1]);

        model.LearnCode();

        Assert.Equal(5, model.SuperiorCount);
        Assert.Equal(3, model.VoteMargin(0));
        Assert.Equal(5, model.VoteMargin(1));
        Assert.Equal(-3, model.VoteMargin(3));
    }

    [Fact]
    public void Judged_by_beliefs_the_superior_group_votes_with_beliefs_and_zero_beliefs_abstain()
    {
        // Code score 0. Member 0's beliefs score 2 (superior), member 1's score 0 (not), whatever they did.
        var model = MarchStates.Model(MarchStates.Parameters(m: 3, n: 2, p2: 1, byBeliefs: true));
        model.SetReality([1, 1, 1]);
        model.SetCode([0, 0, 0]);
        model.SetBeliefs(0, [1, 1, 0]);
        model.SetBeliefs(1, [1, -1, 0]);
        model.SetActions(0, [-1, -1, -1]);
        model.SetActions(1, [1, 1, 1]);

        model.LearnCode();

        Assert.Equal(1, model.SuperiorCount);
        Assert.Equal(0, model.VoteMargin(2));
        Assert.Equal([1, 1, 0], MarchStates.Code(model, 3));
    }

    [Theory]
    [InlineData(0.3, 1, 0)]
    [InlineData(0.3, 3, 1)]
    [InlineData(0.3, 4, 1)]
    [InlineData(0.1, 5, 0)]
    [InlineData(0.5, 2, 2)]
    public void The_code_adopts_a_majority_of_margin_k_with_probability_one_minus_one_minus_p2_to_the_k(double p2, int majority, int minority)
    {
        // Dimensions 0-31 are tested; the code is 0 there. On 32-63 the code is wrong (-1), so its
        // score is -32 and every member, even one acting -1 on all tested dimensions, is superior.
        const int m = 64;
        const int tested = 32;
        const int repetitions = 600;
        int n = majority + minority;
        int k = majority - minority;
        double expected = 1 - Math.Pow(1 - p2, k);
        var model = MarchStates.Model(MarchStates.Parameters(m: m, n: n, p2: p2));
        model.SetReality(MarchStates.Repeat(1, m));
        for (int i = 0; i < n; i++)
        {
            model.SetActions(i, MarchStates.Split(i < majority ? 1 : -1, tested, 1, m));
        }

        int adopted = 0;
        for (int r = 0; r < repetitions; r++)
        {
            model.SetCode(MarchStates.Split(0, tested, -1, m));
            model.LearnCode();
            for (int d = 0; d < tested; d++)
            {
                Assert.Equal(k, model.VoteMargin(d));
                adopted += model.Code(d) == 1 ? 1 : 0;
            }
        }

        int trials = repetitions * tested;
        double share = (double)adopted / trials;
        Assert.InRange(share, expected - MarchStates.Tolerance(expected, trials), expected + MarchStates.Tolerance(expected, trials));
    }
}
