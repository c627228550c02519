using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Parsing;

/// <summary>The projects read from one or more files, and every problem found. A table with an error is not
/// returned as a project, but its error always is: nothing is dropped silently.</summary>
public sealed record CorpusParseResult(IReadOnlyList<Project> Projects, IReadOnlyList<ParseDiagnostic> Errors)
{
    /// <summary>True when every table was read.</summary>
    public bool IsClean => Errors.Count == 0;
}
