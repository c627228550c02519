namespace Assistant.Retrieval.Indexing;

/// <summary>How the index in use came to be.</summary>
/// <param name="Folder">Its folder on disk.</param>
/// <param name="Hash">The corpus content hash it was built from.</param>
/// <param name="Rebuilt">True when this start built it; false when an index of the same corpus was reused.</param>
/// <param name="BuildSeconds">Seconds spent building (0 when reused).</param>
/// <param name="IndexBytes">Size of its files.</param>
public sealed record IndexBuildInfo(string Folder, string Hash, bool Rebuilt, double BuildSeconds, long IndexBytes);
