using System.Text;
using Assistant.Bot.Answers;

namespace Assistant.Bot.Channels.Rendering;

/// <summary>
/// An answer as DingTalk markdown, which has headings, bold, lists and links but no tables: each table becomes a
/// numbered list, and the downloads and the whole answer on the web page follow as links.
/// </summary>
public static class DingTalkMarkdown
{
    /// <summary>The markdown text of <paramref name="answer"/>.</summary>
    public static string Render(Answer answer, AnswerLinks links)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(links);
        var text = new StringBuilder();
        foreach (var block in answer.Blocks)
        {
            var part = block.Kind == AnswerBlockKind.Table ? string.Join("\n", TableAsList.Lines(block, bold: true)) : block.Text.Trim();
            if (part.Length > 0)
            {
                text.Append(part).Append("\n\n");
            }
        }

        if (links.Word is not null)
        {
            text.Append($"[下载 Word]({links.Word})　[下载 Excel]({links.Excel})　[在网页中查看]({links.Page})\n\n");
        }

        return text.ToString().TrimEnd();
    }
}
