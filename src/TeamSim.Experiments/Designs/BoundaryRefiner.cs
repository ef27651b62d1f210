using TeamSim.Analysis.Statistics;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Experiments.Designs;

/// <summary>
/// The decisions of the adaptive <c>boundary</c> design: which points and replications to add in
/// the next round, from the paired contrasts of the finished runs. It starts from the initial grid
/// of a <see cref="BoundaryDesign"/> and keeps the cells of that grid as leaves of a 2^d-tree on
/// the design's lattice.
/// </summary>
/// <remarks>
/// <para>At every point, each later policy b is contrasted with the first policy a on the design's
/// metric (<see cref="PairedContrast"/>, paired by replication); its sign class is +1 when the 95% CI
/// lies above 0, -1 below, 0 when it includes 0 (the <c>better</c> column of contrasts.csv: b, a or
/// neither). A point's label is its classes over all pairs.</para>
/// <para>A round may spend ceil(remaining / rounds left) blocks (a block is one point, every policy,
/// the sweep's replications), in this order: (1) leaf cells crossed by the zero contour (the mean
/// difference has both signs among the corners) are halved along every factor, largest cells first,
/// then in the order they were made: the edge midpoints, face centres and centre that are not design
/// points yet are added, one block each; (2) the corners of those cells whose CI includes 0 get one
/// more block of replications, smallest |t| first; (3) the other cells whose corners differ in
/// <c>better</c> (a clear winner next to "neither", the edge of the unclear band) are halved; (4) the
/// other points whose CI includes 0 get a block. A point gets at most <c>rounds + 1</c> blocks; a
/// cell of one lattice step is not halved (the depth limit). An action that does not fit what is
/// left of the round is skipped.</para>
/// <para>Everything depends only on the recorded results and on the order points and cells were
/// made, never on timing, so the design is the same for any thread count and after a resume.</para>
/// </remarks>
public sealed class BoundaryRefiner
{
    private readonly int _dimensions;
    private readonly int[] _latticeSize;
    private readonly int _policies;
    private readonly int _replications;
    private readonly long _budgetBlocks;
    private readonly int _maxBlocksPerPoint;
    private readonly List<int[]> _coordinates = [];
    private readonly Dictionary<string, int> _pointIndex = new(StringComparer.Ordinal);
    private readonly List<int> _blocksAt = [];
    private readonly List<List<double>[]> _values = [];
    private readonly List<SweepBlock> _blocks = [];
    private List<Cell> _cells = [];

    /// <summary>Starts from the initial grid: one block of replications at each of its points.</summary>
    /// <param name="design">The design (its depth sets the lattice).</param>
    /// <param name="factors">The sweep's factors.</param>
    /// <param name="policies">Policies (at least two).</param>
    /// <param name="replications">Replications in a block.</param>
    /// <param name="budgetRuns">Most runs in all, the initial grid included.</param>
    /// <param name="rounds">Most refinement rounds.</param>
    /// <exception cref="ArgumentException">Fewer than two policies, a list factor, or an initial grid over the budget.</exception>
    public BoundaryRefiner(BoundaryDesign design, IReadOnlyList<Factor> factors, int policies, int replications, long budgetRuns, int rounds)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(policies, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replications);
        _dimensions = factors.Count;
        _latticeSize = factors.Select(design.LatticeSize).ToArray();
        _policies = policies;
        _replications = replications;
        _budgetBlocks = budgetRuns / ((long)policies * replications);
        _maxBlocksPerPoint = rounds + 1;
        if (factors.Any(f => f.IsList || f.Levels < 2))
        {
            throw new ArgumentException("a boundary design bisects ranges; every factor needs min and max and at least 2 levels", nameof(factors));
        }

        int[] levels = factors.Select(f => f.Levels).ToArray();
        if (design.PointCount(factors) > _budgetBlocks)
        {
            throw new ArgumentException($"the initial grid of {design.PointCount(factors)} points needs more than the budget of {budgetRuns} runs", nameof(budgetRuns));
        }

        // The initial grid in GridDesign's order (last factor fastest), then its cells.
        var level = new int[_dimensions];
        int count = design.PointCount(factors);
        int step = 1 << design.Depth;
        for (int point = 0; point < count; point++)
        {
            AddPoint(level.Select(l => l * step).ToArray());
            Advance(level, levels);
        }

        var corner = new int[_dimensions];
        int[] cellsPerFactor = levels.Select(l => Math.Max(1, l - 1)).ToArray();
        long cells = cellsPerFactor.Aggregate(1L, (a, b) => a * b);
        for (long c = 0; c < cells; c++)
        {
            _cells.Add(new Cell(corner.Select(l => l * step).ToArray(), step));
            Advance(corner, cellsPerFactor);
        }
    }

    /// <summary>Design points so far.</summary>
    public int Points => _coordinates.Count;

    /// <summary>Blocks of runs so far, in run order.</summary>
    public IReadOnlyList<SweepBlock> Blocks => _blocks;

    /// <summary>The design points so far as unit coordinates, in point order.</summary>
    public DesignMatrix Matrix()
    {
        var unit = new double[_coordinates.Count * _dimensions];
        for (int p = 0; p < _coordinates.Count; p++)
        {
            for (int f = 0; f < _dimensions; f++)
            {
                unit[(p * _dimensions) + f] = BoundaryDesign.Unit(_coordinates[p][f], _latticeSize[f]);
            }
        }

        return new DesignMatrix(_dimensions, unit);
    }

    /// <summary>Records the design metric of one finished run (NaN for a failed run).</summary>
    public void Record(int point, int policy, int replication, double value)
    {
        List<double> runs = _values[point][policy];
        while (runs.Count <= replication)
        {
            runs.Add(double.NaN);
        }

        runs[replication] = value;
    }

    /// <summary>
    /// Decides the next round from the recorded results and appends its blocks (and new points);
    /// returns the number of blocks added, 0 when there is nothing left to do or no budget.
    /// </summary>
    /// <param name="roundsLeft">Rounds left including this one (at least 1).</param>
    public int Refine(int roundsLeft)
    {
        long remaining = _budgetBlocks - _blocks.Count;
        if (remaining <= 0)
        {
            return 0;
        }

        long allowance = (remaining + Math.Max(1, roundsLeft) - 1) / Math.Max(1, roundsLeft);
        int before = _blocks.Count;
        var labels = new int[Points][];
        var signs = new int[Points][];
        var ambiguity = new double[Points];
        for (int p = 0; p < Points; p++)
        {
            (labels[p], signs[p], ambiguity[p]) = Label(p);
        }

        // Cells where the winner changes: "crossed" when the mean difference changes sign across
        // the corners (the zero contour runs through), otherwise where only `better` differs (a
        // clear winner next to "neither": the edge of the unclear band).
        var crossed = new List<Cell>();
        var banded = new List<Cell>();
        var nearBoundary = new HashSet<int>();
        foreach (Cell cell in _cells)
        {
            int[] corners = Corners(cell).Select(c => _pointIndex[Key(c)]).ToArray();
            bool signChanges = Enumerable.Range(0, _policies - 1).Any(b => corners.Any(c => signs[c][b] > 0) && corners.Any(c => signs[c][b] < 0));
            if (signChanges)
            {
                crossed.Add(cell);
                nearBoundary.UnionWith(corners);
            }
            else if (corners.Any(c => !labels[c].AsSpan().SequenceEqual(labels[corners[0]])))
            {
                banded.Add(cell);
            }
        }

        // In priority order: halve the crossed cells (largest first), replicate their unclear
        // corners (most ambiguous first), halve the banded cells, replicate other unclear points.
        var replaced = new HashSet<Cell>();
        var children = new List<Cell>();
        Halve(crossed, allowance, before, replaced, children);
        int[] unclear = Enumerable.Range(0, labels.Length)
            .Where(p => labels[p].Contains(0) && _blocksAt[p] < _maxBlocksPerPoint)
            .OrderBy(p => ambiguity[p])
            .ToArray();
        Replicate(unclear.Where(nearBoundary.Contains), allowance, before);
        Halve(banded, allowance, before, replaced, children);
        Replicate(unclear.Where(p => !nearBoundary.Contains(p)), allowance, before);
        _cells = _cells.Where(c => !replaced.Contains(c)).Concat(children).ToList();
        return _blocks.Count - before;
    }

    private void Halve(List<Cell> cells, long allowance, int before, HashSet<Cell> replaced, List<Cell> children)
    {
        foreach (Cell cell in cells.Where(c => c.Size > 1).OrderByDescending(c => c.Size))
        {
            int half = cell.Size / 2;
            int[][] added = SubLattice(cell, half).Where(c => !_pointIndex.ContainsKey(Key(c))).ToArray();
            if (added.Length > allowance - (_blocks.Count - before))
            {
                continue;
            }

            foreach (int[] coordinates in added)
            {
                AddPoint(coordinates);
            }

            foreach (int[] lower in Corners(cell with { Size = half }))
            {
                children.Add(new Cell(lower, half));
            }

            replaced.Add(cell);
        }
    }

    private void Replicate(IEnumerable<int> points, long allowance, int before)
    {
        foreach (int p in points)
        {
            if (_blocks.Count - before >= allowance)
            {
                return;
            }

            AddBlock(p);
        }
    }

    private (int[] Label, int[] Sign, double Ambiguity) Label(int point)
    {
        var label = new int[_policies - 1];
        var sign = new int[_policies - 1];
        double smallest = double.PositiveInfinity;
        List<double>[] values = _values[point];
        for (int b = 1; b < _policies; b++)
        {
            int n = Math.Min(values[0].Count, values[b].Count);
            PairedContrast c = PairedContrast.Of(values[0].GetRange(0, n), values[b].GetRange(0, n));
            label[b - 1] = c.CiLow > 0 ? 1 : c.CiHigh < 0 ? -1 : 0;
            sign[b - 1] = double.IsFinite(c.MeanDifference) ? Math.Sign(c.MeanDifference) : 0;
            double t = double.IsFinite(c.T) ? Math.Abs(c.T) : 0;
            smallest = Math.Min(smallest, t);
        }

        return (label, sign, smallest);
    }

    private void AddPoint(int[] coordinates)
    {
        _pointIndex[Key(coordinates)] = _coordinates.Count;
        _coordinates.Add(coordinates);
        _blocksAt.Add(0);
        var values = new List<double>[_policies];
        for (int i = 0; i < _policies; i++)
        {
            values[i] = [];
        }

        _values.Add(values);
        AddBlock(_coordinates.Count - 1);
    }

    private void AddBlock(int point)
    {
        _blocks.Add(new SweepBlock(point, _blocksAt[point] * _replications));
        _blocksAt[point]++;
    }

    private IEnumerable<int[]> Corners(Cell cell)
    {
        for (int mask = 0; mask < 1 << _dimensions; mask++)
        {
            var corner = new int[_dimensions];
            for (int f = 0; f < _dimensions; f++)
            {
                corner[f] = cell.Lower[f] + (((mask >> (_dimensions - 1 - f)) & 1) * cell.Size);
            }

            yield return corner;
        }
    }

    /// <summary>The lattice points lower + {0, half, 2 half}^d of a cell being halved, last factor fastest.</summary>
    private IEnumerable<int[]> SubLattice(Cell cell, int half)
    {
        var step = new int[_dimensions];
        var three = Enumerable.Repeat(3, _dimensions).ToArray();
        long count = (long)Math.Pow(3, _dimensions);
        for (long i = 0; i < count; i++)
        {
            yield return step.Select((s, f) => cell.Lower[f] + (s * half)).ToArray();
            Advance(step, three);
        }
    }

    private static void Advance(int[] odometer, int[] limits)
    {
        for (int f = odometer.Length - 1; f >= 0; f--)
        {
            if (++odometer[f] < limits[f])
            {
                return;
            }

            odometer[f] = 0;
        }
    }

    private static string Key(int[] coordinates) => string.Join(',', coordinates);

    /// <summary>A leaf cell: its lowest corner on the lattice and its side in lattice steps.</summary>
    private sealed record Cell(int[] Lower, int Size)
    {
        public bool Equals(Cell? other) => other is not null && Size == other.Size && Lower.AsSpan().SequenceEqual(other.Lower);

        public override int GetHashCode() => HashCode.Combine(Size, Key(Lower));
    }
}
