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
        ScoreWalk.Each(searcher, searcher.CreateNormalizedWeight(boost), [.. hits.Select(h => h.Doc)], (i, score) => hits[i].Score += weight * score);
        var top = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(topN).ToArray();
        return new TopDocs(firstPass.TotalHits, top, top.Length > 0 ? top[0].Score : float.NaN);
    }
}
