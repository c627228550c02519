using System.Globalization;
using System.Text.Json.Nodes;
using Assistant.Bot.Answers;

namespace Assistant.Bot.Channels.Rendering;

/// <summary>
/// An answer as a Feishu (Lark) interactive message card: text as markdown elements, each table as the card's table
/// component (columns named c0, c1…, a bold grey header, ten rows a page), the downloads as link buttons.
/// </summary>
public static class FeishuCard
{
    /// <summary>The card of <paramref name="answer"/>.</summary>
    public static JsonObject Render(Answer answer, AnswerLinks links)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(links);
        var elements = new JsonArray();
        foreach (var block in answer.Blocks)
        {
            elements.Add(block.Kind == AnswerBlockKind.Table
                ? Table(block)
                : new JsonObject { ["tag"] = "markdown", ["content"] = block.Text.Trim() });
        }

        var buttons = new JsonArray();
        foreach (var (title, url) in new[] { ("下载 Word", links.Word), ("下载 Excel", links.Excel), ("在网页中查看", links.Page) })
        {
            if (url is not null)
            {
                buttons.Add(new JsonObject
                {
                    ["tag"] = "button",
                    ["text"] = new JsonObject { ["tag"] = "plain_text", ["content"] = title },
                    ["type"] = "default",
                    ["url"] = url,
                });
            }
        }

        if (buttons.Count > 0)
        {
            elements.Add(new JsonObject { ["tag"] = "action", ["actions"] = buttons });
        }

        return new JsonObject
        {
            ["config"] = new JsonObject { ["wide_screen_mode"] = true },
            ["header"] = new JsonObject
            {
                ["title"] = new JsonObject { ["tag"] = "plain_text", ["content"] = "绩效指标助手" },
                ["template"] = "red",
            },
            ["elements"] = elements,
        };
    }

    private static JsonObject Table(AnswerBlock table)
    {
        static string Column(int c) => "c" + c.ToString(CultureInfo.InvariantCulture);
        var columns = new JsonArray(table.Headers.Select((h, c) => (JsonNode)new JsonObject
        {
            ["name"] = Column(c),
            ["display_name"] = h,
            ["data_type"] = "text",
            ["width"] = "auto",
        }).ToArray());
        var rows = new JsonArray(table.Rows.Select(row =>
        {
            var cells = new JsonObject();
            for (var c = 0; c < Math.Min(row.Count, table.Headers.Count); c++)
            {
                cells[Column(c)] = row[c].Trim();
            }

            return (JsonNode)cells;
        }).ToArray());
        return new JsonObject
        {
            ["tag"] = "table",
            ["page_size"] = 10,
            ["row_height"] = "low",
            ["header_style"] = new JsonObject { ["bold"] = true, ["background_style"] = "grey" },
            ["columns"] = columns,
            ["rows"] = rows,
        };
    }
}
