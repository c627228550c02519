namespace Assistant.Retrieval.Parsing;

/// <summary>Aborts reading one table; turned into a <see cref="ParseDiagnostic"/> by the parser.</summary>
internal sealed class TableFormatException(int line, string field, string message) : Exception(message)
{
    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; } = line;

    /// <summary>The table field concerned.</summary>
    public string Field { get; } = field;
}
