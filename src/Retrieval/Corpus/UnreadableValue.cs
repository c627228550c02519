namespace Assistant.Retrieval.Corpus;

/// <summary>A value that looks quantitative but could not be read, and where it stands.</summary>
public sealed record UnreadableValue(string Project, string Level3, string Value, SourceLocation Source);
