namespace Assistant.Bot.Answers;

/// <summary>What a block of an answer is, so each channel can show it its own way.</summary>
public enum AnswerBlockKind
{
    /// <summary>How the question was read (按“…”理解): the first line of every answered question.</summary>
    Reading,

    /// <summary>Markdown text: sentences, bold figures, lists.</summary>
    Text,

    /// <summary>A table: headers and rows of plain cell text.</summary>
    Table,
}
