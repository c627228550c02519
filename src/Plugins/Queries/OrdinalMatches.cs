using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The matches of a filter the index decided on its own, as the ordinals it selected: a match is made only when read,
/// so an answer over 10^5 tables that shows twenty makes twenty. Ordering, places and extremes are worked out on the
/// ordinals with <see cref="MoneyColumns"/>, and only the tables kept are read.
/// </summary>
/// <remarks>A topic's tables carry their relevance (<paramref name="topic"/>), which orders them.</remarks>
internal sealed class OrdinalMatches(IReadOnlyList<int> ordinals, IReadOnlyList<Project> projects, TopicTables? topic = null) : IReadOnlyList<ProjectMatch>
{
    /// <summary>The ordinals: ascending (corpus order) for a selection, in the order kept for a subset (<see cref="Of"/>).</summary>
    public IReadOnlyList<int> Ordinals => ordinals;

    /// <inheritdoc/>
    public int Count => ordinals.Count;

    /// <inheritdoc/>
    public ProjectMatch this[int index] => Match(ordinals[index]);

    /// <summary>The topic asked, whose relevance orders the tables; null when none was.</summary>
    public TopicTables? Topic => topic;

    /// <summary>
    /// The matches of <paramref name="kept"/> (ordinals of this set), in the order given: still ordinals, so their totals
    /// come from the index's columns too.
    /// </summary>
    public OrdinalMatches Of(IEnumerable<int> kept) => new([.. kept], projects, topic);

    /// <inheritdoc/>
    public IEnumerator<ProjectMatch> GetEnumerator()
    {
        foreach (var o in ordinals)
        {
            yield return Match(o);
        }
    }

    private ProjectMatch Match(int ordinal) => new(projects[ordinal], [], topic?.RelevanceOf(ordinal) ?? 0f);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
