using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Hosting;

/// <summary>
/// Holds the corpus index in use. Readers take <see cref="Current"/> per request; an import swaps in a new index
/// without a restart, and the old one is disposed once replaced.
/// </summary>
public sealed class CorpusProvider(CorpusIndex initial) : IDisposable
{
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);
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
            // Requests already running may still be searching the previous index: close it once they are done.
            _ = Task.Delay(RetireAfter).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Current.Dispose();
}
