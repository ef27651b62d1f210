using TeamSim.Experiments;
using TeamSim.Experiments.Sweeps;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// The output folder of a sweep, and the crash-safe chunk store its runner writes to. Completed
/// chunks are written to a temporary name, flushed and renamed into <c>.partial/</c>, so
/// after <c>kill -9</c> the folder holds only whole chunks and <c>--resume</c> runs the rest.
/// When all chunks are there, <see cref="Finish"/> assembles runs.csv, summary.csv, errors.csv and
/// manifest.json (a whole sweep) or keeps the chunks under <c>chunks/</c> for <c>teamsim merge</c>
/// (a shard).
/// </summary>
public sealed class SweepFolder : IAdaptiveChunkStore
{
    /// <summary>Folder of the chunks while a sweep runs.</summary>
    public const string PartialDirectory = ".partial";

    /// <summary>Folder of a finished shard's chunks.</summary>
    public const string ChunksDirectory = "chunks";

    /// <summary>The manifest file.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The sweep description kept with the chunks while running.</summary>
    public const string PartialManifestFile = "sweep.json";

    private static readonly string[] KnownEntries =
        [PartialDirectory, ChunksDirectory, ManifestFile, SweepAssembler.RunsFile, SweepAssembler.SummaryFile, SweepAssembler.ErrorsFile, SweepAnalysisFiles.Directory];

    private readonly SweepPlan _plan;
    private readonly string[] _header;

    private SweepFolder(string root, SweepPlan plan, SweepManifest manifest, bool complete)
    {
        Root = root;
        _plan = plan;
        Manifest = manifest;
        IsComplete = complete;
        _header = SweepChunkFormat.Header(manifest);
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>Where chunks go while running.</summary>
    public string PartialPath => Path.Combine(Root, PartialDirectory);

    /// <summary>The description of the sweep (and shard) being run.</summary>
    public SweepManifest Manifest { get; }

    /// <summary>True when the folder already holds the finished sweep (a resume has nothing to do).</summary>
    public bool IsComplete { get; }

    /// <summary>
    /// Opens the output folder for a sweep: a new or empty folder starts fresh; a folder with results
    /// needs <paramref name="resume"/> (same sweep: continue) or <paramref name="force"/> (start over).
    /// </summary>
    /// <exception cref="InputException">The folder holds something else, or another sweep, or cannot be written.</exception>
    public static SweepFolder Prepare(string root, SweepPlan plan, string name, SweepShard shard, bool resume, bool force)
    {
        SweepManifest manifest = SweepManifest.From(plan, name, shard);
        if (plan.DesignSpec.IsAdaptive)
        {
            // Until it finishes, an adaptive sweep is described by its budget: every chunk it may write is whole.
            manifest = manifest with { Runs = plan.RunLimit, Chunks = plan.RunLimit / plan.ChunkRuns };
        }

        try
        {
            if (File.Exists(root))
            {
                throw new InputException($"{root}: --out: is a file, not a folder");
            }

            Directory.CreateDirectory(root);
            string partial = Path.Combine(root, PartialDirectory);

            bool hasEntries = !StudyFolders.IsNew(root, PartialDirectory);
            string chunks = Path.Combine(root, ChunksDirectory);
            string final = Path.Combine(root, ManifestFile);
            if (force)
            {
                foreach (string entry in KnownEntries)
                {
                    string path = Path.Combine(root, entry);
                    if (Directory.Exists(path))
                    {
                        Directory.Delete(path, recursive: true);
                    }
                    else if (File.Exists(path))
                    {
                        File.Delete(path);
                    }
                }
            }
            else if (resume)
            {
                if (File.Exists(final) && !Directory.Exists(partial))
                {
                    SweepManifest done = SweepManifest.Read(final);
                    CheckSame(root, done, manifest);
                    return new SweepFolder(root, plan, manifest, complete: true);
                }

                if (Directory.Exists(chunks) && !Directory.Exists(partial))
                {
                    // Interrupted between keeping a shard's chunks and writing its manifest.
                    Directory.Move(chunks, partial);
                }

                string partialManifest = Path.Combine(partial, PartialManifestFile);
                if (File.Exists(partialManifest))
                {
                    CheckSame(root, SweepManifest.Read(partialManifest), manifest);
                }

                // Every kept chunk is checked before the sweep builds on it.
                foreach ((long index, string chunk) in SweepChunkFiles.List(partial))
                {
                    SweepChunkCheck.Verify(chunk, manifest, index * manifest.ChunkRuns, SweepChunkCheck.ResumeAdvice);
                }
            }
            else if (hasEntries)
            {
                string held = File.Exists(final) && !Directory.Exists(partial)
                    ? "holds a finished sweep; use another --out, or --force to run it again"
                    : Directory.Exists(partial) || Directory.Exists(chunks)
                        ? "holds an unfinished sweep; use --resume to continue it or --force to start over"
                        : "is not empty; use another --out, or --force to start over";
                throw new InputException($"{root}: --out: folder {held}");
            }

            Directory.CreateDirectory(partial);
            foreach (string temp in Directory.EnumerateFiles(partial, "*.tmp"))
            {
                File.Delete(temp);
            }

            string description = Path.Combine(partial, PartialManifestFile);
            if (!File.Exists(description))
            {
                manifest.Write(description);
            }

            return new SweepFolder(root, plan, manifest, complete: false);
        }
        catch (IOException e)
        {
            throw new InputException($"{root}: --out: cannot use the folder: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{root}: --out: cannot use the folder: {e.Message}", e);
        }
    }

    /// <summary>
    /// True when <paramref name="root"/> holds a sweep that has not finished (no manifest.json, or chunks still in
    /// <c>.partial</c>) and, as far as its kept description says, the same slice as <paramref name="shard"/>.
    /// </summary>
    public static bool IsUnfinished(string root, SweepShard shard)
    {
        string partial = Path.Combine(root, PartialDirectory);
        if (File.Exists(Path.Combine(root, ManifestFile)) && !Directory.Exists(partial))
        {
            return false;
        }

        string description = Path.Combine(partial, PartialManifestFile);
        if (!File.Exists(description))
        {
            return true;
        }

        try
        {
            SweepShardInfo? kept = SweepManifest.Read(description).Shard;
            return shard.IsWhole ? kept is null : kept is not null && kept.Index == shard.Index && kept.Count == shard.Count;
        }
        catch (InputException)
        {
            return true; // unreadable: let --resume say what is wrong with it
        }
    }

    /// <summary>The folder as it will be when the adaptive sweep that grew into <paramref name="final"/> is finished: call <see cref="Finish"/> on it.</summary>
    public SweepFolder Completed(SweepPlan final)
    {
        ArgumentNullException.ThrowIfNull(final);
        return new SweepFolder(Root, final, SweepManifest.From(final, Manifest.Name, SweepShard.Whole), complete: false);
    }

    /// <inheritdoc />
    IAdaptiveChunkStore IAdaptiveChunkStore.For(SweepPlan plan) => new SweepFolder(Root, plan, Manifest, IsComplete);

    /// <inheritdoc />
    public IReadOnlyList<double[]> ReadMetrics(long chunk)
    {
        string path = Path.Combine(PartialPath, SweepChunkFiles.Name(chunk));
        int start = SweepChunkFormat.MetricStart(Manifest.Factors.Count);
        var rows = new List<double[]>();
        using var csv = SweepCsv.OpenReader(path);
        csv.ReadHeader();
        while (csv.Read())
        {
            var metrics = new double[Manifest.Metrics.Count];
            for (int m = 0; m < metrics.Length; m++)
            {
                metrics[m] = SweepCells.ParseNumber(csv.GetString(start + m));
            }

            rows.Add(metrics);
        }

        return rows;
    }

    /// <inheritdoc />
    public IReadOnlySet<long> CompletedChunks() => SweepChunkFiles.List(PartialPath).Keys.ToHashSet();

    /// <inheritdoc />
    public void WriteChunk(long chunk, IReadOnlyList<SweepRunRecord> records)
    {
        string path = Path.Combine(PartialPath, SweepChunkFiles.Name(chunk));
        string temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using (var csv = SweepCsv.OpenWriter(stream))
            {
                SweepCsv.WriteRow(csv, _header);
                foreach (SweepRunRecord record in records)
                {
                    SweepCsv.WriteRow(csv, SweepChunkFormat.Row(_plan, record));
                }
            }

            // Written out before the rename, so a killed process never leaves a named but partial chunk.
            // No fsync: it would cost milliseconds per chunk and only guards against a power cut.
            stream.Flush();
        }

        // The checksum lands first: a chunk is only ever listed with the checksum of its bytes.
        SweepChunkCheck.WriteChecksum(temp, path);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// After the runner: a whole sweep with all chunks is assembled into its final files and the
    /// chunks are removed; a shard keeps its chunks under <c>chunks/</c> with a shard manifest.
    /// Returns the final manifest, or null when chunks are still missing.
    /// </summary>
    public SweepManifest? Finish()
    {
        SortedDictionary<long, string> chunks = SweepChunkFiles.List(PartialPath);
        long first = Manifest.Shard?.FirstChunk ?? 0;
        long end = Manifest.Shard?.EndChunk ?? Manifest.Chunks;
        for (long c = first; c < end; c++)
        {
            if (!chunks.ContainsKey(c))
            {
                return null;
            }
        }

        if (Manifest.Shard is null)
        {
            SweepManifest result = SweepAssembler.Assemble(chunks.Values.ToArray(), Root, Manifest, SweepChunkCheck.ResumeAdvice);
            Directory.Delete(PartialPath, recursive: true);
            return result;
        }

        string kept = Path.Combine(Root, ChunksDirectory);
        if (Directory.Exists(kept))
        {
            Directory.Delete(kept, recursive: true);
        }

        long failed = 0;
        int status = SweepChunkFormat.StatusColumn(Manifest.Factors.Count);
        foreach ((long index, string chunk) in chunks)
        {
            SweepChunkCheck.Verify(chunk, Manifest, index * Manifest.ChunkRuns, SweepChunkCheck.ResumeAdvice);
            using var csv = SweepCsv.OpenReader(chunk);
            csv.ReadHeader();
            while (csv.Read())
            {
                failed += csv.GetString(status) == "failed" ? 1 : 0;
            }
        }

        Directory.Move(PartialPath, kept);
        File.Delete(Path.Combine(kept, PartialManifestFile));
        SweepManifest shard = Manifest with { FailedRuns = failed };
        shard.Write(Path.Combine(Root, ManifestFile));
        return shard;
    }

    private static void CheckSame(string root, SweepManifest found, SweepManifest wanted)
    {
        if (found.SweepHash != wanted.SweepHash)
        {
            throw new InputException($"{root}: --resume: the folder holds a different sweep (hash {found.SweepHash[..12]}, this sweep {wanted.SweepHash[..12]}); use another --out or --force to start over");
        }

        if (found.Shard != wanted.Shard)
        {
            string Describe(SweepShardInfo? s) => s is null ? "the whole sweep" : $"shard {s.Index}/{s.Count}";
            throw new InputException($"{root}: --resume: the folder holds {Describe(found.Shard)}, not {Describe(wanted.Shard)}");
        }
    }
}
