namespace TeamSim.Experiments.March;

/// <summary>Knowledge after one period of an open system, averaged over iterations.</summary>
/// <param name="Period">Period number, 1-based.</param>
/// <param name="MeanCodeKnowledge">Mean code knowledge (sum of code x reality / m), [-1, 1].</param>
/// <param name="Ci95Low">Lower end of the 95% interval of the mean code knowledge, inside [-1, 1] (BoundedInterval).</param>
/// <param name="Ci95High">Upper end of the 95% interval of the mean code knowledge, inside [-1, 1].</param>
/// <param name="MeanMemberKnowledge">Mean over runs of the members' mean belief knowledge, [-1, 1].</param>
public sealed record MarchTimePoint(
    int Period,
    double MeanCodeKnowledge,
    double Ci95Low,
    double Ci95High,
    double MeanMemberKnowledge);
