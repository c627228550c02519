namespace Assistant.Bot.Answers;

/// <summary>One block of an answer: a reading line, Markdown text, or a table with its cells as typed values.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The Markdown text of a reading or text block; empty for a table.</param>
/// <param name="Headers">A table's column headers; empty otherwise.</param>
/// <param name="Rows">A table's rows, each as many cells as headers; empty otherwise.</param>
public sealed record AnswerBlock(AnswerBlockKind Kind, string Text, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>A block of Markdown text.</summary>
    public static AnswerBlock Paragraph(string text) => new(AnswerBlockKind.Text, text, [], []);

    /// <summary>The reading line.</summary>
    public static AnswerBlock Reading(string text) => new(AnswerBlockKind.Reading, text, [], []);

    /// <summary>A table.</summary>
    public static AnswerBlock Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows) => new(AnswerBlockKind.Table, string.Empty, headers, rows);

    /// <summary>The block as Markdown (a table as a pipe table).</summary>
    public string Markdown => Kind == AnswerBlockKind.Table ? MarkdownTable.Write(Headers, Rows) : Text;
}
