using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Hosting;

/// <summary>
/// Holds the corpus index in use. Readers take <see cref="Current"/> per request; an import swaps in a new index
/// without a restart, and the old one is disposed once replaced.
/// </summary>
public sealed class CorpusProvider(CorpusIndex initial) : IDisposable
{
    private CorpusIndex _current = initial ?? throw new ArgumentNullException(nameof(initial));

    /// <summary>The index in use.</summary>
    public CorpusIndex Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="next"/> the index in use.</summary>
    public void Replace(CorpusIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref _current, next);
        if (!ReferenceEquals(previous, next))
        {
            // Searches already running hold their own searcher from the previous manager; new ones use the new index.
            previous.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose() => Current.Dispose();
}
