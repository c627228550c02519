namespace Assistant.Retrieval.Corpus;

/// <summary>Where something was read: a corpus file (relative to the corpus folder) and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
