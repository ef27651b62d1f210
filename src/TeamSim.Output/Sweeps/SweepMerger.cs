using System.Globalization;
using TeamSim.Experiments;

namespace TeamSim.Output.Sweeps;

/// <summary>
/// <c>teamsim merge</c>: joins finished shard folders of one sweep into the files a single-machine
/// sweep writes. Refuses pieces of different sweeps (manifest hash), unfinished shards, and chunks
/// that are missing or held twice.
/// </summary>
public static class SweepMerger
{
    /// <summary>Merges shard folders (in any order) into <paramref name="outDir"/> and returns the final manifest.</summary>
    /// <exception cref="InputException">The pieces do not form exactly one whole sweep, or the output folder is not empty.</exception>
    public static SweepManifest Merge(IReadOnlyList<string> shardDirs, string outDir, bool force = false)
    {
        if (shardDirs.Count == 0)
        {
            throw new InputException("merge: give the shard folders to merge");
        }

        var manifests = new List<(string Dir, SweepManifest Manifest)>();
        foreach (string dir in shardDirs)
        {
            string path = Path.Combine(dir, SweepFolder.ManifestFile);
            if (!File.Exists(path))
            {
                string hint = Directory.Exists(Path.Combine(dir, SweepFolder.PartialDirectory))
                    ? "the shard did not finish; run it again with --resume"
                    : "not a sweep shard folder";
                throw new InputException($"{dir}: no {SweepFolder.ManifestFile}: {hint}");
            }

            SweepManifest m = SweepManifest.Read(path);
            if (m.Shard is null)
            {
                throw new InputException($"{path}: $.shard: this folder holds a whole sweep, not a shard; it needs no merge");
            }

            manifests.Add((dir, m));
        }

        SweepManifest first = manifests[0].Manifest;
        var owner = new SortedDictionary<long, (string Dir, string File)>();
        foreach ((string dir, SweepManifest m) in manifests)
        {
            if (m.SweepHash != first.SweepHash)
            {
                throw new InputException($"{dir}: sweep hash {m.SweepHash[..12]} differs from {first.SweepHash[..12]} of {manifests[0].Dir}; the shards come from different sweeps");
            }

            SortedDictionary<long, string> chunks = SweepChunkFiles.List(Path.Combine(dir, SweepFolder.ChunksDirectory));
            for (long c = m.Shard!.FirstChunk; c < m.Shard.EndChunk; c++)
            {
                if (!chunks.TryGetValue(c, out string? file))
                {
                    throw new InputException($"{dir}: chunk {c} of shard {m.Shard.Index}/{m.Shard.Count} is missing; run the shard again with --resume");
                }

                if (owner.TryGetValue(c, out var other))
                {
                    throw new InputException($"{dir}: chunk {c} is also in {other.Dir}; the shards overlap (give each shard once)");
                }

                owner[c] = (dir, file);
            }
        }

        var missing = new List<string>();
        for (long c = 0; c < first.Chunks; c++)
        {
            if (!owner.ContainsKey(c))
            {
                long end = c;
                while (end + 1 < first.Chunks && !owner.ContainsKey(end + 1))
                {
                    end++;
                }

                missing.Add(end == c ? c.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{c}-{end}"));
                c = end;
            }
        }

        if (missing.Count > 0)
        {
            throw new InputException($"merge: chunks {string.Join(", ", missing)} of {first.Chunks} are in no shard given; merge needs every shard of the sweep");
        }

        // Every chunk is checked before anything is written, so a damaged one leaves no output behind.
        foreach ((long chunk, (string _, string file)) in owner)
        {
            SweepChunkCheck.Verify(file, first, chunk * first.ChunkRuns, SweepChunkCheck.MergeAdvice);
        }

        Directory.CreateDirectory(outDir);
        if (Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            if (!force)
            {
                throw new InputException($"{outDir}: --out: folder is not empty; use --force to overwrite");
            }

            foreach (string name in new[] { SweepAssembler.RunsFile, SweepAssembler.SummaryFile, SweepAssembler.ErrorsFile, SweepFolder.ManifestFile })
            {
                File.Delete(Path.Combine(outDir, name));
            }
        }

        return SweepAssembler.Assemble(owner.Values.Select(v => v.File).ToArray(), outDir, first with { Shard = null }, advice: null);
    }
}
