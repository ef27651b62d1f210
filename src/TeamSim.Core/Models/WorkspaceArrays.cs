using TeamSim.Core.Random;

namespace TeamSim.Core.Models;

/// <summary>Arrays and random streams for model set-up: from a <see cref="ModelWorkspace"/> when there is one, else new.</summary>
internal static class WorkspaceArrays
{
    /// <summary>A zeroed array of <paramref name="length"/> elements.</summary>
    public static T[] Take<T>(this ModelWorkspace? workspace, int length) =>
        workspace is null ? new T[length] : workspace.Rent<T>(length);

    /// <summary>The random stream of <paramref name="purpose"/> for a run with <paramref name="seeds"/>.</summary>
    public static Xoshiro256StarStar Stream(this ModelWorkspace? workspace, RunSeeds seeds, int purpose) =>
        workspace is null ? seeds.Stream(purpose) : workspace.RestartStream(seeds, purpose);
}
