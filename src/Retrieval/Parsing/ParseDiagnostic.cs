using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Parsing;

/// <summary>A problem found while reading a corpus file: where, which field, and what was expected.</summary>
/// <param name="Location">File and 1-based line.</param>
/// <param name="Field">The table field concerned (e.g. 预算数, 指标行), or <c>file</c>.</param>
/// <param name="Message">What was found and what was expected, in plain words.</param>
public sealed record ParseDiagnostic(SourceLocation Location, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: [{Field}] {Message}";
}
