using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Scores a query on given documents only: each segment's scorer is advanced from one document to the next, so a
/// score costs a skip in the postings instead of scoring every document the query matches.
/// </summary>
internal static class ScoreWalk
{
    /// <summary>
    /// Calls <paramref name="visit"/> with the position in <paramref name="docs"/> and the score of each document the
    /// query matches. <paramref name="docs"/> are index-wide ids in ascending order.
    /// </summary>
    public static void Each(IndexSearcher searcher, Weight weight, IReadOnlyList<int> docs, Action<int, float> visit)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        Scorer? scorer = null;
        var (docBase, leafEnd) = (0, 0);
        for (var i = 0; i < docs.Count; i++)
        {
            var doc = docs[i];
            while (doc >= leafEnd)
            {
                leaf++;
                var context = leaves[leaf];
                (docBase, leafEnd) = (context.DocBase, context.DocBase + context.Reader.MaxDoc);
                scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = doc - docBase;
            var current = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (current == target)
            {
                visit(i, scorer.GetScore());
            }
        }
    }
}
