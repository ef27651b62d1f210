using System.Globalization;
using TeamSim.Experiments.Designs;
using TeamSim.Experiments.Scenarios;

namespace TeamSim.Experiments.Sweeps;

/// <summary>
/// The size of a sweep, computed from its design's settings without building the design: points,
/// runs and the memory the design's matrices need while they are built. Every product is checked,
/// so settings too large to count are reported, not overflowed.
/// </summary>
/// <param name="Points">Design points (null when they do not fit a 64-bit count).</param>
/// <param name="Runs">Points x policies x replications (null when it does not fit).</param>
/// <param name="DesignBytes">Estimated peak bytes to build the design (null when it does not fit).</param>
public sealed record SweepSize(long? Points, long? Runs, double? DesignBytes)
{
    /// <summary>Largest design memory estimate accepted, in bytes: the default run memory limit (4 GiB).</summary>
    public const double MaxDesignBytes = ResourceEstimate.DefaultMemoryLimitBytes;

    /// <summary>Largest number of design points: one double per point and factor must fit one array.</summary>
    public const long MaxPointCells = int.MaxValue;

    /// <summary>Sizes <paramref name="design"/> for these factors, policies and replications.</summary>
    public static SweepSize Of(SweepDesignSpec design, IReadOnlyList<Factor> factors, int policies, int replications)
    {
        long d = factors.Count;
        long? points = null, runs = null;
        double? bytes = null;
        double results = 0; // bytes of run results a design keeps while it runs
        try
        {
            checked
            {
                long built; // rows generated while building (candidates included)
                switch (design.Kind)
                {
                    case "grid":
                        long product = 1;
                        foreach (Factor f in factors)
                        {
                            product *= f.Levels;
                        }

                        points = built = product;
                        break;
                    case "lhs":
                        points = design.Points;
                        built = 2L * design.Points; // the best candidate and the one being tried
                        break;
                    case "sobol":
                        points = design.BaseSamples * (design.SecondOrder ? (2 * d) + 2 : d + 2);
                        built = points.Value + (2L * design.BaseSamples); // plus the base sequence, 2D wide
                        break;
                    case "boundary":
                        // The budget bounds the points: each new point costs at least one block of runs.
                        long grid = 1;
                        foreach (Factor f in factors)
                        {
                            grid *= f.Levels;
                        }

                        built = grid;
                        points = Math.Max(grid, design.Budget / Math.Max(1L, (long)policies * replications));

                        // Its decisions keep the design metric of every run, and each point's lattice position and lists.
                        results = (design.Budget * 8.0) + (points.Value * (d * 4.0 + 96));
                        break;
                    case "morris":
                        points = design.Trajectories * (d + 1);
                        built = Math.Max(design.Trajectories, design.Candidates) * (d + 1);
                        break;
                    default:
                        return new SweepSize(null, null, null);
                }

                runs = points.Value * policies * replications;

                // Unit-cube rows and parameter values (8 bytes a cell) plus one array header a point.
                bytes = ((double)built * d * 8) + ((double)points.Value * ((d * 8) + 32)) + results;
            }
        }
        catch (OverflowException)
        {
            // Reported below as too large to count.
        }

        return new SweepSize(points, runs, bytes);
    }

    /// <summary>Why the sweep is too large to build or run, in one line, or null when it is within the limits.</summary>
    public string? Problem(SweepDesignSpec design, int factors, int policies, int replications)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        string what = Points is long p
            ? string.Create(inv, $"the {design.Kind} design has {p:N0} points x {Counted(policies, "policy", "policies")} x {Counted(replications, "replication", "replications")}")
            : $"the {design.Kind} design's size does not fit a 64-bit count";
        if (Points is not long points || Runs is not long runs || DesignBytes is not double bytes)
        {
            return $"{what}; use fewer factors, levels or samples";
        }

        if (runs > SweepPlan.MaxRuns || (double)points * factors > MaxPointCells || bytes > MaxDesignBytes)
        {
            return string.Create(inv,
                $"{what} = {runs:N0} runs and needs about {bytes / (1024d * 1024 * 1024):0.#} GiB to build; the limits are {SweepPlan.MaxRuns:N0} runs, {MaxPointCells:N0} point values and {MaxDesignBytes / (1024d * 1024 * 1024):0.#} GiB: use fewer factors, levels or samples");
        }

        return null;
    }

    private static string Counted(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
