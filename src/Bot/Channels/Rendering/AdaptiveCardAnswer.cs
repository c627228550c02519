using System.Text.Json.Nodes;
using Assistant.Bot.Answers;

namespace Assistant.Bot.Channels.Rendering;

/// <summary>
/// An answer as an Adaptive Card (schema 1.5) for Teams and other Bot Framework channels: the reading line subtle,
/// text as wrapped TextBlocks (which read Markdown's bold and lists), each table as a Table element with a header row,
/// and the downloads as Action.OpenUrl buttons.
/// </summary>
public static class AdaptiveCardAnswer
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The card of <paramref name="answer"/>.</summary>
    public static JsonObject Render(Answer answer, AnswerLinks links)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(links);
        var body = new JsonArray();
        foreach (var block in answer.Blocks)
        {
            body.Add(block.Kind switch
            {
                AnswerBlockKind.Table => Table(block),
                AnswerBlockKind.Reading => TextBlock(block.Text.Trim(), subtle: true),
                _ => TextBlock(block.Text.Trim(), subtle: false),
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = answer.Text, // what a client without cards shows: the answer's Markdown
            ["body"] = body,
        };
        var actions = new JsonArray();
        foreach (var (title, url) in new[] { ("下载 Word", links.Word), ("下载 Excel", links.Excel), ("在网页中查看", links.Page) })
        {
            if (url is not null)
            {
                actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url });
            }
        }

        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return card;
    }

    private static JsonObject TextBlock(string text, bool subtle, bool bold = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }

    private static JsonObject Table(AnswerBlock table)
    {
        var rows = new JsonArray { Row(table.Headers, header: true) };
        foreach (var row in table.Rows)
        {
            rows.Add(Row(row, header: false));
        }

        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["gridStyle"] = "accent",
            ["columns"] = new JsonArray(table.Headers.Select(h => (JsonNode)new JsonObject { ["width"] = h == "#" ? 1 : 3 }).ToArray()),
            ["rows"] = rows,
        };
    }

    private static JsonObject Row(IReadOnlyList<string> cells, bool header) => new()
    {
        ["type"] = "TableRow",
        ["cells"] = new JsonArray(cells.Select(c => (JsonNode)new JsonObject
        {
            ["type"] = "TableCell",
            ["items"] = new JsonArray(TextBlock(c.Trim(), subtle: false, bold: header)),
        }).ToArray()),
    };
}
