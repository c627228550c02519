using System.Security.Cryptography;
using Assistant.Retrieval.Corpus;
using Lucene.Net.Store;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The index's place on disk. Each build goes into a new folder beside the one in use (<c>*.building</c>), and only
/// after it is committed does the <c>CURRENT</c> pointer switch to it, by an atomic rename. A crash mid-build
/// leaves the previous index in place and in use; the unfinished folder is removed on the next build.
/// </summary>
public sealed class IndexStore
{
    // Bump when the index layout changes, so old indexes are rebuilt.
    private const string SchemaVersion = "index-v4"; // v4: project documents carry the doc values typed queries select on
    private const string PointerFile = "CURRENT";
    private const string BuildingSuffix = ".building";

    /// <summary>Creates a store under <paramref name="dataFolder"/> (created when missing).</summary>
    public IndexStore(string dataFolder)
    {
        Root = Path.Combine(Path.GetFullPath(dataFolder), "index");
        System.IO.Directory.CreateDirectory(Root);
    }

    /// <summary>The folder holding the index generations and the pointer.</summary>
    public string Root { get; }

    /// <summary>The content hash of the index in use, or null when there is none.</summary>
    public string? CurrentHash => ReadPointer()?.Hash;

    /// <summary>The folder of the index in use, or null when there is none.</summary>
    public string? CurrentFolder => ReadPointer()?.Folder;

    /// <summary>
    /// The key an index is stored under: the corpus content hash, the index layout version, and the identities of the
    /// parsed projects in order (documents refer to projects by position, so a parser change that reads the same files
    /// differently must rebuild too).
    /// </summary>
    public static string KeyFor(string corpusHash, IEnumerable<Project> projects)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(SchemaVersion + "\n" + corpusHash));
        foreach (var project in projects)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"\n{ProjectKey.Of(project)}:{project.Indicators.Count}"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// The folder of the index stored under <paramref name="hash"/>, building it first when the current one is another.
    /// Processes sharing the data folder take turns (a lock file), so two starts never build over each other.
    /// </summary>
    /// <returns>The folder, and whether this call built it.</returns>
    public (string Folder, bool Built) Ensure(string hash, IEnumerable<Project> projects, CancellationToken cancellationToken = default)
    {
        using var buildLock = AcquireLock(cancellationToken);
        if (CurrentHash == hash && CurrentFolder is { } existing)
        {
            return (existing, false);
        }

        return (BuildLocked(hash, projects, cancellationToken), true);
    }

    /// <summary>Builds an index of <paramref name="projects"/> aside and, once committed, makes it current.</summary>
    /// <returns>The folder of the new index.</returns>
    public string Build(string hash, IEnumerable<Project> projects, CancellationToken cancellationToken = default)
    {
        using var buildLock = AcquireLock(cancellationToken);
        return BuildLocked(hash, projects, cancellationToken);
    }

    private string BuildLocked(string hash, IEnumerable<Project> projects, CancellationToken cancellationToken)
    {
        RemoveUnfinishedBuilds();
        var name = $"{hash[..Math.Min(16, hash.Length)]}-{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var building = Path.Combine(Root, name + BuildingSuffix);
        using (var directory = FSDirectory.Open(building))
        {
            CorpusIndexBuilder.Build(directory, projects, cancellationToken);
        }

        var final = Path.Combine(Root, name);
        System.IO.Directory.Move(building, final);
        var pointer = Path.Combine(Root, PointerFile);
        var temporary = pointer + ".tmp";
        File.WriteAllText(temporary, $"{name}\n{hash}\n");
        File.Move(temporary, pointer, overwrite: true);
        RemoveOldGenerations(keep: name);
        return final;
    }

    private FileStream AcquireLock(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Root, "build.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                // Another process (or thread) is building; wait for it.
                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private (string Folder, string Hash)? ReadPointer()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var lines = File.ReadAllLines(pointer);
        if (lines.Length < 2)
        {
            return null;
        }

        var folder = Path.Combine(Root, lines[0]);
        return System.IO.Directory.Exists(folder) ? (folder, lines[1]) : null;
    }

    private void RemoveUnfinishedBuilds()
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root, "*" + BuildingSuffix))
        {
            TryDelete(folder);
        }
    }

    private void RemoveOldGenerations(string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            if (name != keep && !name.EndsWith(BuildingSuffix, StringComparison.Ordinal) && System.IO.Directory.Exists(folder))
            {
                // Readers in this process hold no files of older generations once swapped; on Linux an open
                // file survives deletion anyway.
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still in use (Windows); removed on a later build.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
