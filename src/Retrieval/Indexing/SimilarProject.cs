using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Indexing;

/// <summary>A past project similar to a new one, with its "more like this" score.</summary>
public sealed record SimilarProject(Project Project, float Score);
