using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Lookup;

/// <summary>A project's whole table, or the names it might have meant.</summary>
/// <param name="Project">The table found, with every indicator row and its source line; null when not found.</param>
/// <param name="Candidates">Closest project names when the name did not identify one project.</param>
public sealed record ProjectLookupResult(Project? Project, IReadOnlyList<string> Candidates);
