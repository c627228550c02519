using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Indexing;

/// <summary>A ranked project with the fragments of its text that matched (matches in <c>**bold**</c>).</summary>
public sealed record ProjectHit(Project Project, float Score, IReadOnlyList<string> Fragments);
