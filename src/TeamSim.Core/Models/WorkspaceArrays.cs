namespace TeamSim.Core.Models;

/// <summary>Array allocation for model set-up: from a <see cref="ModelWorkspace"/> when there is one, else new.</summary>
internal static class WorkspaceArrays
{
    /// <summary>A zeroed array of <paramref name="length"/> elements.</summary>
    public static T[] Take<T>(this ModelWorkspace? workspace, int length) =>
        workspace is null ? new T[length] : workspace.Rent<T>(length);
}
