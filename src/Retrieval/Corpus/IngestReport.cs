namespace Assistant.Retrieval.Corpus;

/// <summary>The outcome of an import: whether the files were added, and what each file held.</summary>
public sealed record IngestReport(bool Accepted, IReadOnlyList<IngestedFile> Files);
