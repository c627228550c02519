using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>A project that satisfied a filter, the rows that show it, and its topic relevance (0 without a topic).</summary>
public sealed record ProjectMatch(Project Project, IReadOnlyList<Citation> Evidence, float Relevance);
