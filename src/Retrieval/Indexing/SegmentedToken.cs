namespace Assistant.Retrieval.Indexing;

/// <summary>One word found by the segmenter, with its character offsets in the segmented text.</summary>
internal readonly record struct SegmentedToken(string Term, int Start, int End);
