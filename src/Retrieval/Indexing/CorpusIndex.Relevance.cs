namespace Assistant.Retrieval.Indexing;

/// <summary>Scoring chosen tables against a text, as a search ranks them.</summary>
public sealed partial class CorpusIndex
{
    /// <summary>
    /// The search score of each table at <paramref name="ordinals"/> for <paramref name="text"/>, as <see cref="Search"/>
    /// scores projects: every word of the text in the table, plus the boost of the words and the phrase in its name.
    /// Zero where not every word occurs. Only these tables are scored: a topic ranks its own matches, however many,
    /// without collecting the best of the whole corpus first.
    /// </summary>
    /// <returns>Scores by position in <paramref name="ordinals"/>.</returns>
    public float[] Relevance(string text, IReadOnlyList<int> ordinals)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ordinals);
        var scores = new float[ordinals.Count];
        if (ordinals.Count == 0 || _queries.Words(text, requireAll: true, IndexFields.Body) is not { } words)
        {
            return scores;
        }

        // Positions in document order: each segment's scorer only moves forward.
        var documents = Columns().Doc;
        var positions = Enumerable.Range(0, ordinals.Count).ToArray();
        var docs = ordinals.Select(o => documents[o]).ToArray();
        Array.Sort(docs, positions);
        var matched = new bool[ordinals.Count];
        var searcher = _searchers.Acquire();
        try
        {
            var query = QueryBuilder.Compose(IndexFields.ProjectType, words, new SearchRequest(text, Scope: SearchScope.Projects), indicatorFilters: false);
            ScoreWalk.Each(searcher, searcher.CreateNormalizedWeight(query), docs, (i, score) => (scores[positions[i]], matched[positions[i]]) = (score, true));
            if (_queries.Boost(text, IndexFields.Name) is { } boost)
            {
                // The boost ranks matches among themselves (as the search's re-ranking does): a table without every word gets none.
                ScoreWalk.Each(searcher, searcher.CreateNormalizedWeight(boost), docs, (i, score) =>
                {
                    if (matched[positions[i]])
                    {
                        scores[positions[i]] += BoostWeight * score;
                    }
                });
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }

        return scores;
    }
}
