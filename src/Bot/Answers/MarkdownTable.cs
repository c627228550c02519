using System.Text;

namespace Assistant.Bot.Answers;

/// <summary>Writes Markdown tables; cell text is kept on one line and pipes are escaped.</summary>
public static class MarkdownTable
{
    /// <summary>A table with <paramref name="headers"/> and <paramref name="rows"/>, as a block of an answer's text.</summary>
    public static AnswerText Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        return AnswerText.Of(AnswerBlock.Table(headers, rows.ToList()));
    }

    /// <summary>The Markdown of a table with <paramref name="headers"/> and <paramref name="rows"/>.</summary>
    public static string Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers.Select(Cell)).AppendLine(" |");
        sb.Append('|').AppendJoin('|', headers.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
