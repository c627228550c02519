using System.Text;
using System.Text.RegularExpressions;
using Assistant.Bot.Answers;

namespace Assistant.Bot.Channels.Rendering;

/// <summary>
/// An answer as a WeCom passive text reply, which WeCom accepts up to 2 048 bytes: plain text (no Markdown marks),
/// tables as numbered lines, and a long answer cut at a whole line, ending with where to read the rest.
/// </summary>
public static partial class WeComText
{
    /// <summary>The most bytes (UTF-8) WeCom takes in a text reply.</summary>
    public const int MaxBytes = 2048;

    /// <summary>The reply text of <paramref name="answer"/>, never over <see cref="MaxBytes"/> bytes.</summary>
    public static string Render(Answer answer, AnswerLinks links)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(links);
        var lines = answer.Blocks
            .SelectMany(b => b.Kind == AnswerBlockKind.Table ? TableAsList.Lines(b, bold: false).Append(string.Empty) : Plain(b.Text).Split('\n').Append(string.Empty))
            .ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var tail = links.Excel is not null
            ? $"\n……内容较长，完整回答：{links.Page}\n清单下载（Excel）：{links.Excel}"
            : links.Page is not null ? $"\n……内容较长，完整回答：{links.Page}" : "\n……内容较长，以上为前面部分；请在网页版查看完整回答。";
        var whole = string.Join("\n", lines);
        if (Encoding.UTF8.GetByteCount(whole) <= MaxBytes)
        {
            return whole;
        }

        var budget = MaxBytes - Encoding.UTF8.GetByteCount(tail);
        var kept = new StringBuilder();
        foreach (var line in lines)
        {
            if (Encoding.UTF8.GetByteCount(kept.ToString()) + Encoding.UTF8.GetByteCount(line) + 1 > budget)
            {
                break;
            }

            kept.Append(line).Append('\n');
        }

        var cut = kept.ToString().TrimEnd('\n');
        // A single line longer than the budget (a long pasted goal) is cut by characters instead.
        while (Encoding.UTF8.GetByteCount(cut) > budget)
        {
            cut = cut[..^1];
        }

        return cut + tail;
    }

    // Markdown marks a text message would show literally: bold, headings, quotes, links as "text（address）".
    private static string Plain(string markdown) =>
        LinkRegex().Replace(markdown.Replace("**", string.Empty, StringComparison.Ordinal), "${text}（${url}）")
            .Replace("\n> ", "\n", StringComparison.Ordinal).Replace("## ", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)]+)\)")]
    private static partial Regex LinkRegex();
}
