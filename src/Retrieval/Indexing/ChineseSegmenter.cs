namespace Assistant.Retrieval.Indexing;

/// <summary>SmartCn's word segmentation (cached), for callers that need word boundaries rather than search.</summary>
public static class ChineseSegmenter
{
    /// <summary>
    /// Loads SmartCn's dictionaries on a pool thread (a few hundred milliseconds, once a process), so that the first
    /// question does not wait for them.
    /// </summary>
    public static void Warm() => ThreadPool.UnsafeQueueUserWorkItem(_ => Segment("项目预算"), null);

    /// <summary>The words of <paramref name="text"/> with their character offsets.</summary>
    public static IReadOnlyList<(string Word, int Start, int End)> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SegmentationCache.Segment(text).Select(t => (t.Term, t.Start, t.End)).ToList();
    }
}
