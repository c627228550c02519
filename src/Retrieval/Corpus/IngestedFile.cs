using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus;

/// <summary>One imported file: its tables and its read errors.</summary>
public sealed record IngestedFile(string Name, IReadOnlyList<Project> Projects, IReadOnlyList<ParseDiagnostic> Errors);
