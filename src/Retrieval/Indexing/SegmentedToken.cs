namespace Assistant.Retrieval.Indexing;

/// <summary>One word found by the segmenter, with its character offsets in the segmented text.</summary>
/// <param name="Term">The word as written.</param>
/// <param name="Start">Its first character's offset.</param>
/// <param name="End">The offset after its last character.</param>
/// <param name="Lowered">The word lower-cased as Lucene's LowerCaseFilter would (the indexed term), worked out once.</param>
internal readonly record struct SegmentedToken(string Term, int Start, int End, string Lowered);
