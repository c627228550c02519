using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Re-ranks first-pass hits by adding a second query's score, evaluated on those hits only. (Lucene.Net's
/// QueryRescorer fails under concurrent searches, so the same walk is done here.)
/// </summary>
internal static class BoostRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs firstPass, Query boost, float weight, int topN)
    {
        var hits = firstPass.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        var boostWeight = searcher.CreateNormalizedWeight(boost);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        Scorer? scorer = null;
        var leafEnd = 0;
        foreach (var hit in hits)
        {
            while (hit.Doc >= leafEnd)
            {
                leaf++;
                var context = leaves[leaf];
                leafEnd = context.DocBase + context.Reader.MaxDoc;
                scorer = boostWeight.GetScorer(context, context.AtomicReader.LiveDocs);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = hit.Doc - leaves[leaf].DocBase;
            var current = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (current == target)
            {
                hit.Score += weight * scorer.GetScore();
            }
        }

        var top = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(topN).ToArray();
        return new TopDocs(firstPass.TotalHits, top, top.Length > 0 ? top[0].Score : float.NaN);
    }
}
