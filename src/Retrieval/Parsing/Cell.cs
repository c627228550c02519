namespace Assistant.Retrieval.Parsing;

/// <summary>One table cell of the Word text export: its text (continuation lines joined by \n), the line it starts
/// on, and the blank-line-separated group it belongs to (a group is normally one table row).</summary>
internal sealed record Cell(string Text, int Line, int Group)
{
    /// <summary>The text without any whitespace, for comparing labels such as "其中：财政    资金".</summary>
    public string Compact => string.Concat(Text.Where(c => !char.IsWhiteSpace(c)));
}
