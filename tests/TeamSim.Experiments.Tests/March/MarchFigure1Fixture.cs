using TeamSim.Experiments.March;

namespace TeamSim.Experiments.Tests.March;

/// <summary>A 3 x 3 Figure 1 grid on 400 iterations a cell, computed once for the shape tests.</summary>
public sealed class MarchFigure1Fixture
{
    public const int Iterations = 400;

    public MarchFigure1Fixture() =>
        Rows = MarchFigure1.Compute(new MarchFigure1Options([0.1, 0.5, 0.9], [0.1, 0.5, 0.9], Iterations, MasterSeed: 2015));

    public IReadOnlyList<MarchFigure1Row> Rows { get; }

    public MarchFigure1Row Cell(double p1, double p2) => Rows.Single(r => r.P1 == p1 && r.P2 == p2);
}
