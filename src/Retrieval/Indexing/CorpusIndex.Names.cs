namespace Assistant.Retrieval.Indexing;

/// <summary>Finding tables by their exact name without reading the corpus.</summary>
public sealed partial class CorpusIndex
{
    private Dictionary<string, int[]>? _named;

    /// <summary>
    /// The ordinals (positions in <see cref="Projects"/>, ascending) of the tables named exactly <paramref name="name"/>:
    /// one per year held. Empty when none is.
    /// </summary>
    public IReadOnlyList<int> OrdinalsNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var named = LazyInitializer.EnsureInitialized(ref _named, () => Enumerable.Range(0, Projects.Count)
            .GroupBy(o => Projects[o].Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        return named.TryGetValue(name, out var ordinals) ? ordinals : [];
    }
}
