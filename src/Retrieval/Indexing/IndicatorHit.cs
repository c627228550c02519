using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Indexing;

/// <summary>A ranked indicator row, its project and row number (0-based), and its matching fragments.</summary>
public sealed record IndicatorHit(Project Project, Indicator Indicator, int Row, float Score, IReadOnlyList<string> Fragments);
