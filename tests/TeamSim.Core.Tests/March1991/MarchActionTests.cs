namespace TeamSim.Core.Tests.March1991;

public sealed class MarchActionTests
{
    [Fact]
    public void Members_act_on_their_beliefs_and_toss_a_fair_coin_where_they_believe_zero()
    {
        const int m = 64;
        const int n = 100;
        var model = MarchStates.Model(MarchStates.Parameters(m: m, n: n));
        int[] beliefs = Enumerable.Range(0, m).Select(d => d < 16 ? 1 : d < 32 ? -1 : 0).ToArray();
        int[] reality = Enumerable.Range(0, m).Select(d => d % 3 == 0 ? -1 : 1).ToArray();
        model.SetReality(reality);
        for (int i = 0; i < n; i++)
        {
            model.SetBeliefs(i, beliefs);
        }

        model.Act();

        int plusOnZeroBeliefs = 0;
        for (int i = 0; i < n; i++)
        {
            int performance = 0;
            for (int d = 0; d < m; d++)
            {
                int action = model.Action(i, d);
                Assert.True(action is 1 or -1);
                if (beliefs[d] != 0)
                {
                    Assert.Equal(beliefs[d], action);
                }
                else if (action == 1)
                {
                    plusOnZeroBeliefs++;
                }

                performance += action * reality[d];
            }

            Assert.Equal(performance, model.Performance(i));
        }

        int coins = n * 32;
        Assert.InRange((double)plusOnZeroBeliefs / coins, 0.5 - MarchStates.Tolerance(0.5, coins), 0.5 + MarchStates.Tolerance(0.5, coins));
    }
}
