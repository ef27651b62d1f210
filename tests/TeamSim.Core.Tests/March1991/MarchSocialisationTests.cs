namespace TeamSim.Core.Tests.March1991;

public sealed class MarchSocialisationTests
{
    [Fact]
    public void A_belief_opposite_to_the_code_moves_one_step_to_zero_not_to_the_code()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 1, p1: 1));
        model.SetReality([1, 1, 1, 1]);
        model.SetCode([1, 1, 0, -1]);
        model.SetBeliefs(0, [-1, 0, -1, -1]);

        model.Socialise();
        Assert.Equal([0, 1, -1, -1], MarchStates.Beliefs(model, 0, 4));

        model.Socialise();
        Assert.Equal([1, 1, -1, -1], MarchStates.Beliefs(model, 0, 4));
    }

    [Fact]
    public void Where_the_code_is_zero_beliefs_are_left_alone()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 3, n: 2, p1: 1));
        model.SetReality([1, -1, 1]);
        model.SetCode([0, 0, 0]);
        model.SetBeliefs(0, [1, -1, 0]);
        model.SetBeliefs(1, [-1, 1, 1]);

        model.Socialise();

        Assert.Equal([1, -1, 0], MarchStates.Beliefs(model, 0, 3));
        Assert.Equal([-1, 1, 1], MarchStates.Beliefs(model, 1, 3));
    }

    [Fact]
    public void Under_the_belief_jump_variant_an_opposite_belief_takes_the_code_value_at_once()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 4, n: 1, p1: 1, beliefJump: true));
        model.SetReality([1, 1, 1, 1]);
        model.SetCode([1, -1, 0, 1]);
        model.SetBeliefs(0, [-1, 0, -1, 1]);

        model.Socialise();

        Assert.Equal([1, -1, -1, 1], MarchStates.Beliefs(model, 0, 4));
    }

    [Fact]
    public void Without_socialisation_beliefs_never_move()
    {
        var model = MarchStates.Model(MarchStates.Parameters(m: 3, n: 1, p1: 0));
        model.SetReality([1, 1, 1]);
        model.SetCode([1, 1, 1]);
        model.SetBeliefs(0, [-1, 0, 1]);

        for (int i = 0; i < 20; i++)
        {
            model.Socialise();
        }

        Assert.Equal([-1, 0, 1], MarchStates.Beliefs(model, 0, 3));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.8)]
    public void Each_differing_belief_moves_with_probability_p1(double p1)
    {
        const int m = 64;
        const int n = 200;
        var model = MarchStates.Model(MarchStates.Parameters(m: m, n: n, p1: p1));
        model.SetReality(MarchStates.Repeat(1, m));
        model.SetCode(MarchStates.Repeat(1, m));
        for (int i = 0; i < n; i++)
        {
            model.SetBeliefs(i, MarchStates.Repeat(0, m));
        }

        model.Socialise();

        int moved = 0;
        for (int i = 0; i < n; i++)
        {
            moved += MarchStates.Beliefs(model, i, m).Count(b => b == 1);
        }

        double share = (double)moved / (n * m);
        Assert.InRange(share, p1 - MarchStates.Tolerance(p1, n * m), p1 + MarchStates.Tolerance(p1, n * m));
    }
}
