namespace TeamSim.Benchmarks;

/// <summary>One team size's measured cost: median and mean nanoseconds per tick, bytes allocated per tick.</summary>
internal sealed record ScalingPoint(int N, double MedianNsPerTick, double MeanNsPerTick, double BytesPerTick)
{
    /// <summary>Member-ticks per second on one core at the median.</summary>
    public double MemberTicksPerSecond => N * 1e9 / MedianNsPerTick;
}
