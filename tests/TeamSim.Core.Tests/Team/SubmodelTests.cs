using TeamSim.Core.Team;

namespace TeamSim.Core.Tests.Team;

public sealed class SubmodelTests
{
    [Fact]
    public void A_blamed_member_loses_safety_mindset_and_trust_in_the_leader()
    {
        var model = TeamRuns.Create(TeamRuns.Params(null, ("leader.blame", 1)));
        double safety = model.SafetyOf(3), mindset = model.MindsetOf(3), trust = model.BenevolenceOf(3, 0);
        model.RespondToReportedErrorForTest(3);
        Assert.True(model.SafetyOf(3) < safety);
        Assert.True(model.MindsetOf(3) < mindset);
        Assert.True(model.BenevolenceOf(3, 0) < trust);
    }

    [Fact]
    public void Learning_framing_raises_safety_and_trust_by_less_than_blame_takes()
    {
        var framed = TeamRuns.Create(TeamRuns.Params(null, ("leader.blame", 0)));
        var blamed = TeamRuns.Create(TeamRuns.Params(null, ("leader.blame", 1)));
        double trust0 = framed.BenevolenceOf(2, 0);
        framed.RespondToReportedErrorForTest(2);
        blamed.RespondToReportedErrorForTest(2);
        double gain = framed.BenevolenceOf(2, 0) - trust0;
        double loss = trust0 - blamed.BenevolenceOf(2, 0);
        Assert.True(gain > 0);
        Assert.True(framed.SafetyOf(2) > TeamRuns.Params(null)["team.safety0"] - 1e-12);
        Assert.True(loss > gain, $"trust loss {loss} should exceed gain {gain} (asymmetry)");
    }

    [Fact]
    public void A_concealed_error_surfaces_later_as_an_incident()
    {
        // Nothing is reported; with a hazard, concealed errors come back as incidents; without, never.
        var hidden = TeamRuns.Params("command", ("errors.report_intercept", -20), ("errors.latent_hazard", 0.05));
        var runs = TeamRuns.RunMany(hidden, 40, ticks: 400);
        Assert.Equal(0, TeamRuns.Mean(runs, "errors_reported"));
        double concealed = TeamRuns.Mean(runs, "errors_concealed");
        double surfaced = TeamRuns.Mean(runs, "latent_surfaced");
        Assert.True(concealed > 5, $"expected concealed errors, got {concealed}");
        Assert.InRange(surfaced / concealed, 0.6, 1.0);

        var noHazard = TeamRuns.RunMany(hidden.With("errors.latent_hazard", 0), 40, ticks: 400);
        Assert.Equal(0, TeamRuns.Mean(noHazard, "latent_surfaced"));
    }

    [Fact]
    public void A_review_without_reported_errors_or_hard_solves_teaches_nothing()
    {
        var p = TeamRuns.Params(null, ("practices.review_interval", 10));
        var empty = TeamRuns.Create(p);
        double before = empty.ExpertiseOf(1, 2);
        empty.HoldReviewForTest();
        Assert.Equal(before, empty.ExpertiseOf(1, 2));

        var logged = TeamRuns.Create(p);
        logged.ReportErrorForTest(2, 3); // one reported error in domain 2
        logged.HoldReviewForTest();
        Assert.True(logged.ExpertiseOf(1, 2) > before);
    }

    [Fact]
    public void Blame_actually_given_makes_reviews_teach_less_while_the_blame_parameter_alone_does_not()
    {
        double Gain(double blame, bool report)
        {
            var model = TeamRuns.Create(TeamRuns.Params(null, ("practices.review_interval", 10), ("leader.blame", blame)));
            double before = model.ExpertiseOf(1, 2);
            if (report)
            {
                model.ReportErrorForTest(2, 3);
            }
            else
            {
                model.LogSolveForReviewForTest(2, 3);
            }

            model.HoldReviewForTest();
            return model.ExpertiseOf(1, 2) - before;
        }

        Assert.True(Gain(1, report: true) < Gain(0, report: true));
        Assert.True(Gain(1, report: true) > 0, "a blamed review still teaches something");

        // Control: a period without reported errors has no blame to give, so candour is whole.
        Assert.Equal(Gain(0, report: false), Gain(1, report: false), 12);
    }

    [Fact]
    public void Lessons_of_one_review_overlap_so_many_items_in_a_domain_teach_less_than_that_many_reviews()
    {
        double OneReview(int items)
        {
            var model = TeamRuns.Create(TeamRuns.Params(null, ("practices.review_interval", 10), ("incidents.novelty", 0)));
            double before = model.ExpertiseOf(1, 2);
            for (int i = 0; i < items; i++)
            {
                model.LogSolveForReviewForTest(2, 3);
            }

            model.HoldReviewForTest();
            return model.ExpertiseOf(1, 2) - before;
        }

        double one = OneReview(1), ten = OneReview(10);
        Assert.True(ten > one, "more items teach more");
        Assert.True(ten < 2 * one, $"diminishing returns: ten items {ten:F4} vs one {one:F4}");
    }

    [Fact]
    public void Help_goes_to_the_trusted_member_about_twice_as_often_as_to_the_senior_one_when_both_know_as_much()
    {
        // Trust and directory held fixed: asker 3, trusted peer 5, the senior (leader 0) less trusted.
        var model = TeamRuns.Create(TeamRuns.Params(null));
        int slot = model.OpenIncidentForTest(1);
        for (int j = 0; j < model.Size; j++)
        {
            if (j == 3)
            {
                continue;
            }

            model.SetBenevolenceForTest(3, j, 0.05);
            model.SetBeliefForTest(3, j, 1, 0.05);
        }

        model.SetBenevolenceForTest(3, 5, 0.8);
        model.SetBeliefForTest(3, 5, 1, 0.8);
        model.SetBenevolenceForTest(3, 0, 0.5);
        model.SetBeliefForTest(3, 0, 1, 0.8);
        Assert.True(model.RankOf(0) > model.RankOf(5));

        int trusted = 0, senior = 0;
        for (int draw = 0; draw < 20_000; draw++)
        {
            int helper = model.ChooseHelperForTest(3, slot);
            trusted += helper == 5 ? 1 : 0;
            senior += helper == 0 ? 1 : 0;
        }

        // softmax with help.beta = 3: exp(3 x (0.8 - 0.5) x 0.8) = 2.05; 20,000 draws give a ratio SE of about 0.05.
        double ratio = trusted / (double)senior;
        Assert.InRange(ratio, 1.7, 2.4);
    }

    [Fact]
    public void Help_choice_ignores_seniority_when_trust_and_beliefs_are_equal()
    {
        var model = TeamRuns.Create(TeamRuns.Params(null));
        int slot = model.OpenIncidentForTest(0);
        for (int j = 0; j < model.Size; j++)
        {
            model.SetBenevolenceForTest(4, j, 0.5);
            model.SetBeliefForTest(4, j, 0, 0.5);
        }

        int toLeader = 0;
        const int draws = 14_000;
        for (int draw = 0; draw < draws; draw++)
        {
            toLeader += model.ChooseHelperForTest(4, slot) == 0 ? 1 : 0;
        }

        // Uniform over 7 candidates: expected 2000, SD about 41.
        Assert.InRange(toLeader, 1800, 2200);
    }

    [Fact]
    public void The_leaders_directory_converges_under_inquiry_but_not_without_it()
    {
        double Accuracy(double inquiry, bool ablateRouting)
        {
            double sum = 0;
            for (int r = 0; r < 30; r++)
            {
                var model = TeamRuns.Create(TeamRuns.Params(null, ("leader.inquiry", inquiry), ("ablate.routing", ablateRouting ? 1 : 0), ("directory.observation_rate", 0), ("ablate.learning", 1), ("ablate.help", 1)), r, ticks: 300);
                while (!model.IsFinished)
                {
                    model.Step();
                }

                sum += model.LeaderDirectoryAccuracy();
            }

            return sum / 30;
        }

        double initial = Enumerable.Range(0, 30).Average(r => TeamRuns.Create(TeamRuns.Params(null), r).LeaderDirectoryAccuracy());
        double asking = Accuracy(1, false);
        double silent = Accuracy(0, false);
        double knockedOut = Accuracy(1, true);
        Assert.True(asking > initial + 0.1, $"asking {asking} vs initial {initial}");
        Assert.True(asking > silent + 0.1, $"asking {asking} vs never asking {silent}");
        // Expertise and the other belief updates are frozen, so without answers nothing moves the leader's beliefs.
        Assert.True(Math.Abs(knockedOut - initial) < 0.005, $"ablate.routing {knockedOut} should stay at the prior {initial}");
    }

    [Fact]
    public void The_top_expert_of_a_domain_is_absent_for_exactly_the_given_stretch()
    {
        var p = TeamRuns.Params("inquiry", ("absence.top_expert_domain", 2), ("absence.start", 10), ("absence.duration", 20));
        var model = TeamRuns.Create(p, ticks: 60);
        int top = Enumerable.Range(0, model.Size).MaxBy(i => model.ExpertiseOf(i, 2));
        while (model.Tick < 11)
        {
            model.Step();
        }

        Assert.Equal(0, model.QueueOf(top));
        int assignedDuring = 0;
        while (model.Tick < 30)
        {
            model.Step();
            assignedDuring += model.QueueOf(top);
        }

        Assert.Equal(0, assignedDuring);
    }
}
